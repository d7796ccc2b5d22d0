package io.trustmark.operations;

import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.platform.persistence.DatabaseMigration;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads the {@link OperationsSnapshot} for metrics and health. A scrape asks for several gauges one
 * after the other, and several probes may come at once; a snapshot younger than {@link #FRESH} is
 * reused so that they cost three small queries together, not three each.
 * <p>
 * Plain JDBC on the injected data source rather than JPA: Payara calls health checks and gauges from its
 * own endpoints, which (unless the application is at the root context) run outside the application's
 * naming context, where a container-managed entity manager cannot be reached.
 */
@ApplicationScoped
public class OperationsQueries {

    static final Duration FRESH = Duration.ofSeconds(5);

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    private final AtomicReference<OperationsSnapshot> last = new AtomicReference<>();

    /**
     * The first read happens during deployment: it creates this bean (and injects the data source) inside
     * the application, where the lookup works, and proves the queries against the schema at start-up.
     */
    void start(@Observes SchemaReady ready) {
        snapshot();
    }

    /** The current figures; throws when the database cannot be read. */
    public OperationsSnapshot snapshot() {
        var now = Instant.now(clock);
        var cached = last.get();
        if (cached != null && cached.takenAt().plus(FRESH).isAfter(now)) {
            return cached;
        }
        try (var connection = dataSource.getConnection()) {
            var fresh = read(connection, now);
            last.set(fresh);
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("operations figures unavailable: " + e.getSQLState(), e);
        }
    }

    private static OperationsSnapshot read(Connection connection, Instant now) throws SQLException {
        var byStatus = new EnumMap<RequestStatus, Long>(RequestStatus.class);
        Arrays.stream(RequestStatus.values()).forEach(status -> byStatus.put(status, 0L));
        try (var statement = connection.prepareStatement(
                        "SELECT status, COUNT(*) FROM verification_request GROUP BY status");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                // A status this node does not know yet (a newer node wrote it) is left out, not a failure.
                for (var status : RequestStatus.values()) {
                    if (status.name().equals(rows.getString(1))) {
                        byStatus.put(status, rows.getLong(2));
                    }
                }
            }
        }
        // The open statuses come from the enum, never from input, so they are safe to write into the SQL.
        var open = Arrays.stream(RequestStatus.values())
                .filter(RequestStatus::open)
                .map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(","));
        Optional<Instant> oldest;
        try (var statement = connection.prepareStatement(
                        "SELECT MIN(submitted_at) FROM verification_request WHERE status IN (" + open + ")");
                var rows = statement.executeQuery()) {
            rows.next();
            oldest =
                    Optional.ofNullable(rows.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
        }
        long backlog;
        try (var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM outbox_mail WHERE sent_at IS NULL AND failed_at IS NULL");
                var rows = statement.executeQuery()) {
            rows.next();
            backlog = rows.getLong(1);
        }
        return new OperationsSnapshot(now, byStatus, oldest, backlog);
    }
}
