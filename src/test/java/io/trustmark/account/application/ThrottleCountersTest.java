package io.trustmark.account.application;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many first failures under one key at the same moment: every one is counted and none fails on the primary key,
 * on both databases the application runs on. The statement is the one {@link ThrottleCounters} runs; the row lock
 * that follows it is {@code SELECT ... FOR UPDATE}, which is what JPA's pessimistic write lock sends.
 */
class ThrottleCountersTest {

    private static final int RACERS = 12;

    private interface Connections {
        Connection open() throws SQLException;
    }

    @Test
    void racingFirstFailuresAllCountOnH2() throws Exception {
        var url = "jdbc:h2:mem:throttle" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        race(() -> DriverManager.getConnection(url));
    }

    @Test
    void racingFirstFailuresAllCountOnPostgreSql() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            race(() -> postgres.getPostgresDatabase().getConnection());
        }
    }

    private static void race(Connections connections) throws Exception {
        try (var c = connections.open();
                var s = c.createStatement()) {
            s.execute("CREATE TABLE login_throttle (throttle_key VARCHAR(200) PRIMARY KEY, failures INTEGER NOT NULL,"
                    + " window_started_at TIMESTAMP WITH TIME ZONE NOT NULL, locked_until TIMESTAMP WITH TIME ZONE,"
                    + " last_failure_at TIMESTAMP WITH TIME ZONE)");
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(RACERS);
        try {
            var results = new ArrayList<java.util.concurrent.Future<Void>>();
            for (int i = 0; i < RACERS; i++) {
                results.add(pool.submit((Callable<Void>) () -> {
                    try (var c = connections.open()) {
                        c.setAutoCommit(false);
                        start.await();
                        failOnce(c, "signup-notice:somchai");
                        c.commit();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get(60, TimeUnit.SECONDS); // a duplicate key would surface here
            }
        } finally {
            pool.shutdownNow();
        }
        try (var c = connections.open();
                var s = c.createStatement();
                var rows = s.executeQuery("SELECT failures FROM login_throttle")) {
            rows.next();
            assertEquals(RACERS, rows.getInt(1), "every failure counted once, in one row");
        }
    }

    private static void failOnce(Connection c, String key) throws SQLException {
        try (var insert = c.prepareStatement(ThrottleCounters.CREATE_IF_ABSENT.replaceAll("\\?\\d", "?"))) {
            insert.setString(1, key);
            insert.setObject(2, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        int failures;
        try (var lock = c.prepareStatement("SELECT failures FROM login_throttle WHERE throttle_key = ? FOR UPDATE")) {
            lock.setString(1, key);
            try (var row = lock.executeQuery()) {
                row.next();
                failures = row.getInt(1);
            }
        }
        try (var update = c.prepareStatement("UPDATE login_throttle SET failures = ? WHERE throttle_key = ?")) {
            update.setInt(1, failures + 1);
            update.setString(2, key);
            update.executeUpdate();
        }
    }
}
