package io.trustmark.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many nodes whose timers fire at the same moment: exactly one takes the job's lease, on both databases the
 * application runs on, with the statements {@link JobLease} sends (the table as in sql/V16__cluster.sql). Once the
 * lease has run out, exactly one takes it again.
 */
class JobLeaseTest {

    private static final int NODES = 10;

    private interface Connections {
        Connection open() throws SQLException;
    }

    @Test
    void oneNodeOfManyRunsTheJobOnH2() throws Exception {
        var url = "jdbc:h2:mem:lease" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        raceTwice(() -> DriverManager.getConnection(url));
    }

    @Test
    void oneNodeOfManyRunsTheJobOnPostgreSql() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            raceTwice(() -> postgres.getPostgresDatabase().getConnection());
        }
    }

    private static void raceTwice(Connections connections) throws Exception {
        try (var c = connections.open();
                var s = c.createStatement()) {
            s.execute("CREATE TABLE job_lease (job_name VARCHAR(100) PRIMARY KEY, holder VARCHAR(200) NOT NULL,"
                    + " held_until TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        var start = Instant.parse("2026-12-06T10:00:00Z");
        assertEquals(1, race(connections, start), "one node of " + NODES + " holds the fresh lease");
        assertEquals(0, race(connections, start.plusSeconds(59)), "nobody while it is held");
        assertEquals(1, race(connections, start.plusSeconds(60)), "one node again once it ran out");
    }

    /** How many of {@link #NODES} racing claimers took the lease (one minute long) at {@code now}. */
    private static int race(Connections connections, Instant now) throws Exception {
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(NODES);
        try {
            var results = new ArrayList<Future<Integer>>();
            for (int i = 0; i < NODES; i++) {
                var node = "node-" + i;
                results.add(pool.submit((Callable<Integer>) () -> {
                    try (var c = connections.open()) {
                        c.setAutoCommit(false);
                        go.await();
                        int taken = claim(c, node, now);
                        c.commit();
                        return taken;
                    }
                }));
            }
            go.countDown();
            int taken = 0;
            for (var result : results) {
                taken += result.get(60, TimeUnit.SECONDS);
            }
            return taken;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int claim(Connection c, String node, Instant now) throws SQLException {
        try (var create = c.prepareStatement(JobLease.CREATE_IF_ABSENT.replaceAll("\\?\\d", "?"))) {
            create.setString(1, "retention");
            create.setObject(2, Instant.EPOCH.atOffset(ZoneOffset.UTC));
            create.executeUpdate();
        }
        try (var take = c.prepareStatement(JobLease.TAKE.replaceAll("\\?\\d", "?"))) {
            take.setString(1, node);
            take.setObject(2, now.plusSeconds(60).atOffset(ZoneOffset.UTC));
            take.setString(3, "retention");
            take.setObject(4, now.atOffset(ZoneOffset.UTC));
            return take.executeUpdate();
        }
    }
}
