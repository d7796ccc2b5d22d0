package io.trustmark.api.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustmark.api.domain.RateLimiter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several nodes taking from one client's bucket at the same moment, with the statements {@link SharedRateLimits}
 * sends, in one transaction each as there: together they get the limit once (not once per node), on both
 * databases; a minute later the bucket is full again.
 */
class SharedRateLimitsTest {

    private static final int NODES = 4;
    private static final int REQUESTS_PER_NODE = 15;
    private static final int PER_MINUTE = 20;

    private interface Connections {
        Connection open() throws SQLException;
    }

    @Test
    void nodesShareOneBucketOnH2() throws Exception {
        var url = "jdbc:h2:mem:ratelimit" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        raceTwice(() -> DriverManager.getConnection(url));
    }

    @Test
    void nodesShareOneBucketOnPostgreSql() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            raceTwice(() -> postgres.getPostgresDatabase().getConnection());
        }
    }

    private static void raceTwice(Connections connections) throws Exception {
        try (var c = connections.open();
                var s = c.createStatement()) {
            s.execute("CREATE TABLE api_rate_bucket (client_key VARCHAR(200) PRIMARY KEY, units BIGINT NOT NULL,"
                    + " refilled_ms BIGINT NOT NULL)");
        }
        long now = 1_765_000_000_000L;
        assertEquals(PER_MINUTE, race(connections, now), NODES * REQUESTS_PER_NODE + " requests at once");
        assertEquals(PER_MINUTE, race(connections, now + 60_000), "a minute later the bucket is full again");
    }

    /** How many of the requests all nodes make at {@code nowMs} are allowed. */
    private static int race(Connections connections, long nowMs) throws Exception {
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(NODES);
        try {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < NODES; i++) {
                results.add(pool.submit((Callable<Integer>) () -> {
                    int allowed = 0;
                    try (var c = connections.open()) {
                        c.setAutoCommit(false);
                        go.await();
                        for (int r = 0; r < REQUESTS_PER_NODE; r++) {
                            if (take(c, "ip:203.0.113.9", nowMs)) {
                                allowed++;
                            }
                            c.commit();
                        }
                    }
                    return allowed;
                }));
            }
            go.countDown();
            int allowed = 0;
            for (var result : results) {
                allowed += result.get(60, TimeUnit.SECONDS);
            }
            return allowed;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean take(Connection c, String client, long now) throws SQLException {
        try (var create = c.prepareStatement(SharedRateLimits.CREATE_IF_ABSENT.replaceAll("\\?\\d", "?"))) {
            create.setString(1, client);
            create.setLong(2, RateLimiter.fullUnits(PER_MINUTE));
            create.setLong(3, now);
            create.executeUpdate();
        }
        long units;
        long refilled;
        try (var lock = c.prepareStatement(SharedRateLimits.LOCK.replaceAll("\\?\\d", "?"))) {
            lock.setString(1, client);
            try (var row = lock.executeQuery()) {
                row.next();
                units = row.getLong(1);
                refilled = row.getLong(2);
            }
        }
        var taken = RateLimiter.take(PER_MINUTE, units, (now - refilled) * 1_000_000L);
        try (var store = c.prepareStatement(SharedRateLimits.STORE.replaceAll("\\?\\d", "?"))) {
            store.setLong(1, taken.units());
            store.setLong(2, Math.max(now, refilled));
            store.setString(3, client);
            store.executeUpdate();
        }
        return taken.decision().allowed();
    }
}
