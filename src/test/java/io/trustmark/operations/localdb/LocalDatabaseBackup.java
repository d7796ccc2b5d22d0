package io.trustmark.operations.localdb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One-command backup and restore of the local demo's data ({@code config/backup.sh}, {@code config/restore.sh}): the
 * PostgreSQL cluster under {@code <data dir>/postgresql} and the generated document key
 * ({@code demo-document.key}, without which no stored image opens), in one zip file.
 * <p>
 * zonky ships no pg_dump, so the backup is PostgreSQL's own online physical copy ("low-level base backup"):
 * {@code pg_start_backup}, the cluster's files copied while Trustmark keeps running, {@code pg_stop_backup}, then the
 * WAL written in between and the {@code backup_label} it answers. A restore puts that folder back; the next start
 * replays the WAL to the moment the backup ended, so the copy is consistent however busy the server was. When
 * Trustmark is not running, the backup starts the database for the time of the copy.
 */
public final class LocalDatabaseBackup {

    static final String KEY_FILE = "demo-document.key";

    /** Left out of a base backup (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
    private static final Set<String> SKIPPED_FILES = Set.of(
            "postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "backup_label.old", "tablespace_map");

    private static final Set<String> EMPTIED_FOLDERS = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private LocalDatabaseBackup() {}

    /** {@code backup <data dir> [file]} or {@code restore <data dir> <file>}. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args[0].equals("restore") && args.length < 3) {
            System.err.println("usage: backup <data dir> [file.zip] | restore <data dir> <file.zip>");
            System.exit(2);
        }
        var dataDir = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            if (args[0].equals("backup")) {
                var file = args.length > 2
                        ? Path.of(args[2])
                        : Path.of("trustmark-backup-"
                                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
                backup(dataDir, file);
                System.out.println("Backup written to " + file.toAbsolutePath());
            } else if (args[0].equals("restore")) {
                var summary = restore(dataDir, Path.of(args[2]));
                System.out.println(summary);
            } else {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }

    /** Copies the data of {@code dataDir} into {@code file}, online when Trustmark runs. */
    static void backup(Path dataDir, Path file) throws Exception {
        var cluster = dataDir.resolve(LocalDatabase.CLUSTER);
        if (!Files.exists(cluster.resolve("PG_VERSION"))) {
            throw new IllegalStateException("No local database in " + dataDir + " (nothing to back up)");
        }
        var running = LocalDatabase.runningServer(cluster).isPresent();
        LocalDatabase started = null;
        DataSource source;
        if (running) {
            source = superuser(LocalDatabase.postmasterPort(cluster).orElseThrow());
        } else {
            started = new LocalDatabase(dataDir);
            started.start();
            source = started.superuser("postgres");
        }
        var partial = file.resolveSibling(file.getFileName() + ".part");
        try (var out = new ZipOutputStream(Files.newOutputStream(partial));
                var connection = source.getConnection();
                var statement = connection.createStatement()) {
            // Non-exclusive: the backup lives as long as this session; a crash of this copy leaves nothing behind.
            statement.execute("SELECT pg_start_backup('trustmark config/backup.sh', true, false)");
            copyCluster(cluster, out);
            String stopFile;
            String label;
            try (var rows = statement.executeQuery(
                    "SELECT pg_walfile_name(s.lsn), s.labelfile FROM pg_stop_backup(false, false) s")) {
                rows.next();
                stopFile = rows.getString(1);
                label = rows.getString(2);
            }
            var startFile = label.replaceAll("(?s).*START WAL LOCATION: \\S+ \\(file (\\w+)\\).*", "$1");
            copyWal(cluster, startFile, stopFile, out);
            entry(
                    out,
                    LocalDatabase.CLUSTER + "/backup_label",
                    label.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var key = dataDir.resolve(KEY_FILE);
            if (Files.exists(key)) {
                entry(out, KEY_FILE, Files.readAllBytes(key));
            }
        } finally {
            if (started != null) {
                started.close();
            }
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyCluster(Path cluster, ZipOutputStream out) throws IOException {
        Files.walkFileTree(cluster, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                var name = name(cluster, dir);
                out.putNextEntry(new ZipEntry(name + "/"));
                out.closeEntry();
                var relative = cluster.relativize(dir).toString();
                return EMPTIED_FOLDERS.contains(relative) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) throws IOException {
                var fileName = path.getFileName().toString();
                if (SKIPPED_FILES.contains(fileName) || fileName.startsWith("pgsql_tmp")) {
                    return FileVisitResult.CONTINUE;
                }
                copy(path, name(cluster, path), out);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // dropped during the copy: the WAL replays the drop
                }
                throw e;
            }
        });
        // pg_wal's own folder, which PostgreSQL expects to exist (the segments follow after the stop).
        out.putNextEntry(new ZipEntry(LocalDatabase.CLUSTER + "/pg_wal/archive_status/"));
        out.closeEntry();
    }

    /** The WAL segments from the backup's start to its end, on the backup's timeline. */
    private static void copyWal(Path cluster, String startFile, String stopFile, ZipOutputStream out)
            throws IOException {
        try (var segments = Files.list(cluster.resolve("pg_wal"))) {
            for (var segment : segments.sorted().toList()) {
                var name = segment.getFileName().toString();
                var needed = name.matches("[0-9A-F]{24}")
                                && name.substring(0, 8).equals(startFile.substring(0, 8))
                                && name.compareTo(startFile) >= 0
                                && name.compareTo(stopFile) <= 0
                        || name.endsWith(".history");
                if (needed) {
                    copy(segment, LocalDatabase.CLUSTER + "/pg_wal/" + name, out);
                }
            }
        }
    }

    /**
     * Puts the data of {@code file} back into {@code dataDir}, Trustmark stopped; the data found there is moved aside
     * (to {@code postgresql.before-restore-<time>}), not deleted. Starts the database once to replay the backup's WAL
     * and answers what it holds.
     */
    static String restore(Path dataDir, Path file) throws Exception {
        if (!Files.exists(file)) {
            throw new IllegalStateException("No backup file " + file);
        }
        var database = new LocalDatabase(dataDir);
        Files.createDirectories(database.dataDir());
        try {
            database.lockDataDirectory();
        } catch (IllegalStateException running) {
            throw new IllegalStateException("Trustmark is running on " + dataDir + ": stop it, then restore");
        }
        var cluster = database.cluster();
        LocalDatabase.stopLeftOver(cluster);
        var stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        var incoming = dataDir.resolve(LocalDatabase.CLUSTER + ".restoring");
        LocalDatabase.deleteTree(incoming);
        byte[] key = null;
        try (var in = new ZipInputStream(Files.newInputStream(file))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var name = entry.getName();
                if (name.equals(KEY_FILE)) {
                    key = in.readAllBytes();
                    continue;
                }
                if (!name.startsWith(LocalDatabase.CLUSTER + "/") || name.contains("..")) {
                    throw new IllegalStateException("Not a Trustmark backup: unexpected entry " + name);
                }
                var target = incoming.resolve(name.substring(LocalDatabase.CLUSTER.length() + 1));
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        if (!Files.exists(incoming.resolve("backup_label"))) {
            throw new IllegalStateException("Not a Trustmark backup (no backup_label): " + file);
        }
        try {
            // PostgreSQL refuses a data folder others may read.
            Files.setPosixFilePermissions(incoming, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL is the user's own
        }
        var keptAside = dataDir.resolve(LocalDatabase.CLUSTER + ".before-restore-" + stamp);
        if (Files.exists(cluster)) {
            Files.move(cluster, keptAside);
        }
        Files.move(incoming, cluster);
        var keyFile = dataDir.resolve(KEY_FILE);
        if (key != null) {
            if (Files.exists(keyFile)) {
                Files.move(keyFile, dataDir.resolve(KEY_FILE + ".before-restore-" + stamp));
            }
            Files.write(keyFile, key);
        }
        database.close();
        // Replays the backup's WAL now, so that a broken backup shows here and not at the next start.
        try (var check = new LocalDatabase(dataDir)) {
            check.start();
            try (var connection = check.superuser(LocalDatabase.DATABASE).getConnection();
                    var statement = connection.createStatement()) {
                return "Restored " + file + ": " + contents(statement)
                        + (Files.exists(keptAside) ? "; the data it replaced is in " + keptAside : "");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The restored database does not open: " + e.getMessage(), e);
        }
    }

    /** What a restored database holds: Trustmark's main tables when it has them, else its number of tables. */
    private static String contents(java.sql.Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("SELECT to_regclass('public.account') IS NOT NULL,"
                + " (SELECT count(*) FROM pg_tables WHERE schemaname = 'public')")) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return rows.getLong(2) + " tables";
            }
        }
        try (var rows = statement.executeQuery("SELECT (SELECT count(*) FROM account), (SELECT count(*) FROM post),"
                + " (SELECT count(*) FROM verification_request), (SELECT count(*) FROM stored_document)")) {
            rows.next();
            return rows.getLong(1) + " accounts, " + rows.getLong(2) + " posts, " + rows.getLong(3)
                    + " verification requests, " + rows.getLong(4) + " documents";
        }
    }

    private static DataSource superuser(int port) {
        var source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"localhost"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName("postgres");
        source.setUser("postgres");
        return source;
    }

    private static String name(Path cluster, Path path) {
        var relative = cluster.relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? LocalDatabase.CLUSTER : LocalDatabase.CLUSTER + "/" + relative;
    }

    private static void copy(Path path, String name, ZipOutputStream out) throws IOException {
        try (var in = Files.newInputStream(path)) {
            out.putNextEntry(new ZipEntry(name));
            in.transferTo(out);
            out.closeEntry();
        } catch (NoSuchFileException gone) {
            // removed during the copy (a dropped table, a finished temporary file): the WAL replays it
        }
    }

    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        ((OutputStream) out).write(content);
        out.closeEntry();
    }
}
