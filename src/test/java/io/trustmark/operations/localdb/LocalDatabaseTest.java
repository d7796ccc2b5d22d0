package io.trustmark.operations.localdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The local PostgreSQL of README's run command: back after a killed JVM (its server left running) and after a
 * SIGKILL of every process, with every committed row; a stale lock file of another program removed; backup and
 * restore (config/backup.sh, config/restore.sh) round-trip the data and the document key.
 */
class LocalDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void anExplicitDatabaseWinsOverTheLocalOne() {
        assertTrue(LocalDatabaseAgent.databaseConfigured(Map.of("TRUSTMARK_DB_URL", "jdbc:h2:mem:x"), null));
        assertTrue(LocalDatabaseAgent.databaseConfigured(Map.of(), "jdbc:h2:mem:x"));
        assertFalse(LocalDatabaseAgent.databaseConfigured(Map.of(), null));
        assertFalse(LocalDatabaseAgent.databaseConfigured(Map.of("TRUSTMARK_DB_URL", " "), ""));
    }

    @Test
    void aLockFileNamingAnotherLiveProgramIsStale() throws Exception {
        var cluster = Files.createDirectories(dir.resolve("postgresql"));
        // This JVM: alive, and no PostgreSQL; PostgreSQL itself would refuse to start over it.
        Files.writeString(
                cluster.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + cluster + "\n");
        assertFalse(LocalDatabase.isPostgresOn(ProcessHandle.current().info(), cluster));
        LocalDatabase.stopLeftOver(cluster);
        assertFalse(Files.exists(cluster.resolve("postmaster.pid")));
        assertTrue(ProcessHandle.current().isAlive());
    }

    @Test
    void aLockFileCutShortByTheKillIsRemoved() throws Exception {
        var cluster = Files.createDirectories(dir.resolve("postgresql"));
        Files.writeString(cluster.resolve("postmaster.pid"), "");
        LocalDatabase.stopLeftOver(cluster);
        assertFalse(Files.exists(cluster.resolve("postmaster.pid")));
    }

    @Test
    void survivesKilledRunsAndRestoresABackup() throws Exception {
        var data = dir.resolve("data");

        // A run whose JVM is killed: its PostgreSQL lives on, holding the data folder.
        var first = holder(data);
        insert(first.port(), 0, 100);
        first.process().destroyForcibly().waitFor();
        var orphan = LocalDatabase.runningServer(data.resolve("postgresql"));
        assertTrue(orphan.isPresent(), "the server outlives its killed JVM");

        try (var second = new LocalDatabase(data)) {
            second.start();
            assertFalse(orphan.get().isAlive(), "the left-over server was stopped");
            assertEquals(100, count(second.port()));
        }

        // A run where everything is killed: the JVM and every PostgreSQL process, nothing cleans up.
        var third = holder(data);
        insert(third.port(), 100, 150);
        var victims = new ArrayList<ProcessHandle>();
        var postmaster = LocalDatabase.runningServer(data.resolve("postgresql")).orElseThrow();
        victims.add(third.process().toHandle());
        victims.add(postmaster);
        postmaster.descendants().forEach(victims::add);
        victims.forEach(ProcessHandle::destroyForcibly);
        victims.forEach(p -> p.onExit().join());
        assertTrue(Files.exists(data.resolve("postgresql/postmaster.pid")), "stale lock file left behind");

        var key = data.resolve(LocalDatabaseBackup.KEY_FILE);
        Files.writeString(key, "demo key");
        var backup = dir.resolve("backup.zip");
        try (var fourth = new LocalDatabase(data)) {
            fourth.start();
            assertEquals(150, count(fourth.port()), "every committed row after the kill");
            // Online: the backup reads the running server's port from postmaster.pid.
            LocalDatabaseBackup.backup(data, backup);
            insert(fourth.port(), 150, 175);
        }
        Files.writeString(key, "a newer key");

        var summary = LocalDatabaseBackup.restore(data, backup);
        assertTrue(summary.startsWith("Restored "), summary);
        assertEquals("demo key", Files.readString(key));
        try (var restored = new LocalDatabase(data)) {
            restored.start();
            assertEquals(150, count(restored.port()), "the rows of the backup, not the later ones");
        }
        try (var kept = Files.list(data)) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().startsWith("postgresql.before-restore-")));
        }
    }

    record Holder(Process process, int port) {}

    /** Another JVM running the local database, as README's run command does, until it is killed. */
    static Holder holder(Path data) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), Hold.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (var line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("READY ")) {
                var port = Integer.parseInt(line.substring(6).strip());
                // Keep draining its output so that it never blocks on a full pipe.
                var drain = new Thread(() -> lines.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return new Holder(process, port);
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("the holder JVM ended without starting the database");
    }

    /** The holder JVM's main class. */
    public static final class Hold {
        public static void main(String[] args) throws Exception {
            var settings = LocalDatabase.startFor(Path.of(args[0]));
            var url = settings.get("trustmark.db.url");
            System.out.println("READY " + url.replaceAll(".*:(\\d+)/.*", "$1"));
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    static DataSource database(int port) {
        var source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://localhost:" + port + "/" + LocalDatabase.DATABASE);
        source.setUser(LocalDatabase.USER);
        source.setPassword(LocalDatabase.USER);
        return source;
    }

    static void insert(int port, int from, int to) throws Exception {
        try (var connection = database(port).getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS soak (n INTEGER PRIMARY KEY)");
            for (int n = from; n < to; n++) {
                statement.execute("INSERT INTO soak VALUES (" + n + ")"); // each its own committed transaction
            }
        }
    }

    static long count(int port) throws Exception {
        try (var connection = database(port).getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM soak")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
