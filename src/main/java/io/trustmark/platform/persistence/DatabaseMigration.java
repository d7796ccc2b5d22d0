package io.trustmark.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

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

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Event<SchemaReady> schemaReady;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        schemaReady.fire(new SchemaReady());
    }

    /** Fired once per node after the schema is current. */
    public record SchemaReady() {}
}
