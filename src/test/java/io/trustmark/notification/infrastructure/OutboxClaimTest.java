package io.trustmark.notification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several senders (two nodes, each with its after-commit run and its timer) claiming the same due mails at once:
 * every mail is claimed by exactly one of them, on both databases, with the statement {@link OutboxStore} sends.
 * A claim whose lease ran out (its sender died) is claimed again, once.
 */
class OutboxClaimTest {

    private static final int SENDERS = 6;
    private static final int MAILS = 40;

    private interface Connections {
        Connection open() throws SQLException;
    }

    @Test
    void everyMailIsClaimedOnceOnH2() throws Exception {
        var url = "jdbc:h2:mem:outbox" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        raceTwice(() -> DriverManager.getConnection(url));
    }

    @Test
    void everyMailIsClaimedOnceOnPostgreSql() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            raceTwice(() -> postgres.getPostgresDatabase().getConnection());
        }
    }

    private static void raceTwice(Connections connections) throws Exception {
        try (var c = connections.open();
                var s = c.createStatement()) {
            s.execute("CREATE TABLE outbox_mail (id BIGINT PRIMARY KEY, claimed_until TIMESTAMP WITH TIME ZONE,"
                    + " sent_at TIMESTAMP WITH TIME ZONE, failed_at TIMESTAMP WITH TIME ZONE)");
            for (int id = 1; id <= MAILS; id++) {
                s.execute("INSERT INTO outbox_mail (id) VALUES (" + id + ")");
            }
            s.execute("UPDATE outbox_mail SET sent_at = CURRENT_TIMESTAMP WHERE id = 1");
        }
        var now = Instant.parse("2026-12-06T10:00:00Z");
        var first = race(connections, now);
        assertEquals(MAILS - 1, first.size(), "every unsent mail claimed (the sent one not): " + first);
        first.forEach((id, claims) -> assertEquals(1, claims, "mail " + id + " claimed by one sender"));
        assertEquals(Map.of(), race(connections, now.plusSeconds(119)), "nothing while the claims hold");
        var again = race(connections, now.plusSeconds(121));
        assertEquals(MAILS - 1, again.size(), "claims that ran out are claimed again");
        again.forEach((id, claims) -> assertEquals(1, claims, "mail " + id + " claimed again by one sender"));
    }

    /** Each sender tries every mail in its own order at {@code now}; returns how often each mail was claimed. */
    private static Map<Long, Integer> race(Connections connections, Instant now) throws Exception {
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(SENDERS);
        try {
            var results = new ArrayList<Future<List<Long>>>();
            for (int i = 0; i < SENDERS; i++) {
                boolean backwards = i % 2 == 1;
                results.add(pool.submit((Callable<List<Long>>) () -> {
                    var claimed = new ArrayList<Long>();
                    try (var c = connections.open();
                            var claim = c.prepareStatement(OutboxStore.CLAIM.replaceAll("\\?\\d", "?"))) {
                        go.await();
                        for (int n = 1; n <= MAILS; n++) {
                            long id = backwards ? MAILS + 1 - n : n;
                            claim.setObject(1, now.plusSeconds(120).atOffset(ZoneOffset.UTC));
                            claim.setLong(2, id);
                            claim.setObject(3, now.atOffset(ZoneOffset.UTC));
                            if (claim.executeUpdate() == 1) {
                                claimed.add(id);
                            }
                        }
                    }
                    return claimed;
                }));
            }
            go.countDown();
            var counts = new HashMap<Long, Integer>();
            for (var result : results) {
                result.get(60, TimeUnit.SECONDS).forEach(id -> counts.merge(id, 1, Integer::sum));
            }
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }
}
