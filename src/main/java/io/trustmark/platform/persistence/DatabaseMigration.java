package io.trustmark.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings the database schema up to date before anything else touches it, then announces
 * {@link SchemaReady} so that start-up work which needs tables (demo data, the mail sender) runs after.
 * <p>
 * The data source is defined here from MicroProfile Config keys, so the same WAR runs on the embedded
 * H2 file database by default and on PostgreSQL by setting {@code TRUSTMARK_DB_URL} and friends.
 * Flyway runs with bean-managed transactions because it commits each migration itself.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=trustmark.db.datasource-class}",
        url = "${MPCONFIG=trustmark.db.url}",
        user = "${MPCONFIG=trustmark.db.user}",
        password = "${MPCONFIG=trustmark.db.password}",
        minPoolSize = 2,
        maxPoolSize = 30)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/trustmark";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    /** The advisory lock's key: any number no other code takes ("TrMk" in ASCII). */
    private static final long START_UP_LOCK = 0x54724d6bL;

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Event<SchemaReady> schemaReady;

    /** Migrations that need the application (a key from its configuration), offered by the features. */
    @Inject
    @Any
    private Instance<JavaMigration> javaMigrations;

    @PostConstruct
    void migrate() {
        var locations = new ArrayList<>(List.of("classpath:db/migration"));
        boolean postgreSql = isPostgreSql();
        if (postgreSql) {
            // What H2 cannot do (triggers in PL/pgSQL, grants): a second location read on PostgreSQL only.
            locations.add("classpath:db/postgresql");
        }
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        if (postgreSql) {
            announceAlone();
        } else {
            schemaReady.fire(new SchemaReady(false));
        }
    }

    /**
     * cluster: start-up work that fills an empty database (the configured administrator, the demo data) checks for
     * its rows and then writes them; two nodes started together would both find none and both write (one failed to
     * start on the duplicate). So the nodes announce {@link SchemaReady} one after the other, under a PostgreSQL
     * advisory lock held on a connection of its own; each observer still commits in its own transaction, which the
     * next node then sees. H2 runs one node only.
     */
    private void announceAlone() {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + START_UP_LOCK + ")");
            try {
                schemaReady.fire(new SchemaReady(true));
            } finally {
                statement.execute("SELECT pg_advisory_unlock(" + START_UP_LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock", e);
        }
    }

    private boolean isPostgreSql() {
        try (var connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    /** Fired once per node after the schema is current; says whether the database is PostgreSQL (else H2). */
    public record SchemaReady(boolean postgreSql) {}
}
