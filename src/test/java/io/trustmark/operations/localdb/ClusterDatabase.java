package io.trustmark.operations.localdb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The local PostgreSQL of {@code config/cluster.sh}: the same server as README's run command ({@link LocalDatabase},
 * data under the given folder), but in a process of its own, so that killing a node leaves the database to the
 * other. Writes the settings that point a node at it to {@code database.env} in that folder (shell lines,
 * {@code TRUSTMARK_DB_URL=...}) and runs until it is sent SIGTERM, which stops PostgreSQL cleanly.
 * <pre>{@code
 * java -cp target/trustmark-local-database.jar:$(cat target/local-database.classpath) \
 *     io.trustmark.operations.localdb.ClusterDatabase data/cluster
 * }</pre>
 */
public final class ClusterDatabase {

    private ClusterDatabase() {}

    public static void main(String[] args) throws Exception {
        var dataDir = Path.of(args.length > 0 ? args[0] : "data/cluster");
        var settings = new TreeMap<>(LocalDatabase.startFor(dataDir));
        var env = new StringBuilder();
        settings.forEach((key, value) -> env.append(
                        key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'))
                .append("='")
                .append(value)
                .append("'\n"));
        // Written aside and moved, so a reader never sees half a file.
        var file = dataDir.resolve("database.env");
        var part = dataDir.resolve("database.env.part");
        Files.writeString(part, env, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // the next start writes it again
            }
        }));
        Thread.currentThread().join();
    }
}
