package io.trustmark.operations.localdb;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;

/**
 * Java agent of README's run command ({@code ./mvnw package payara-micro:start}): before Payara Micro's own main
 * method runs, it starts the local PostgreSQL under {@code trustmark.data.dir} ({@link LocalDatabase}) and points
 * {@code trustmark.db.*} at it as system properties, which MicroProfile Config reads before the application's
 * defaults. So the demo runs on the production database engine, which survives a {@code kill -9}, while the WAR
 * and {@code config/payara-micro.sh} stay as they are.
 * <p>
 * Nothing is started when a database is configured ({@code TRUSTMARK_DB_URL} or {@code -Dtrustmark.db.url}, e.g.
 * H2): an explicit choice wins. The PostgreSQL classes are loaded by a class loader of their own (the agent's
 * argument names a file listing their jars), so nothing of them lands on Payara's or the application's class path.
 */
public final class LocalDatabaseAgent {

    /** Loaded by name: this class must not link against the PostgreSQL classes, which the JVM cannot see. */
    private static final String DATABASE_CLASS = "io.trustmark.operations.localdb.LocalDatabase";

    private LocalDatabaseAgent() {}

    public static void premain(String classpathFile) throws Exception {
        if (databaseConfigured(System.getenv(), System.getProperty("trustmark.db.url"))) {
            System.out.println("[local-database] trustmark.db.url is set: not starting the local PostgreSQL");
            return;
        }
        var dataDir = Path.of(System.getProperty("trustmark.data.dir", "./data"));
        var urls = new ArrayList<URL>();
        urls.add(LocalDatabaseAgent.class.getProtectionDomain().getCodeSource().getLocation());
        for (var entry : Files.readString(Path.of(classpathFile)).strip().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        var loader =
                new URLClassLoader("local-database", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        @SuppressWarnings("unchecked")
        var settings = (Map<String, String>) loader.loadClass(DATABASE_CLASS)
                .getMethod("startFor", Path.class)
                .invoke(null, dataDir);
        settings.forEach(System::setProperty);
    }

    /** Whether the operator chose a database: then the local PostgreSQL is not started. */
    static boolean databaseConfigured(Map<String, String> environment, String systemProperty) {
        return systemProperty != null && !systemProperty.isBlank()
                || environment.getOrDefault("TRUSTMARK_DB_URL", "").isBlank() == false;
    }
}
