package io.trustmark.operations;

import io.trustmark.api.application.ApiRateLimited;
import io.trustmark.document.application.UploadRefused;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's MicroProfile Metrics, served by Payara at {@code /metrics} (Prometheus text, names
 * with dots become underscores): the review queue and its oldest request, how requests ended, the mail
 * backlog, intake refusals by reason and API requests refused by the rate limit.
 * <p>
 * The gauges read the database ({@link OperationsQueries}), so they are right across nodes and
 * restarts; the counters count events on this node since it started.
 */
@ApplicationScoped
public class OperationsMetrics {

    public static final String REQUESTS_PENDING = "trustmark.requests.pending";
    public static final String REQUESTS_OLDEST_PENDING_AGE = "trustmark.requests.oldest.pending.age";
    public static final String REQUESTS_DECIDED = "trustmark.requests.decided";
    public static final String MAIL_BACKLOG = "trustmark.mail.backlog";
    public static final String INTAKE_REFUSALS = "trustmark.intake.refusals";
    public static final String API_RATE_LIMITED = "trustmark.api.rate.limited";

    private static final Logger LOG = Logger.getLogger(OperationsMetrics.class.getName());

    @Inject
    MetricRegistry registry;

    @Inject
    OperationsQueries queries;

    /** Registered once the tables exist, so a scrape never queries a schema that is not there yet. */
    void register(@Observes SchemaReady ready) {
        gauge(
                REQUESTS_PENDING,
                "Verification requests waiting for a decision",
                MetricUnits.NONE,
                OperationsSnapshot::pending);
        gauge(
                REQUESTS_OLDEST_PENDING_AGE,
                "How long the oldest waiting verification request has waited",
                MetricUnits.SECONDS,
                OperationsSnapshot::oldestPendingAgeSeconds);
        for (var status : RequestStatus.values()) {
            if (!status.open()) {
                gauge(
                        REQUESTS_DECIDED,
                        "Verification requests that ended with this outcome",
                        MetricUnits.NONE,
                        s -> s.decided(status),
                        new Tag("outcome", tagValue(status)));
            }
        }
        gauge(
                MAIL_BACKLOG,
                "Mails queued and not yet delivered (including those waiting for a retry)",
                MetricUnits.NONE,
                OperationsSnapshot::mailBacklog);
        // Present from the start with 0, so that dashboards and alerts see every reason before it happens.
        for (var reason : DocumentRefusedException.Reason.values()) {
            refusals(reason);
        }
        rateLimited(false);
        rateLimited(true);
    }

    /** Counts an API request refused by the rate limit, by whether the client used an API key. */
    void apiRateLimited(@Observes ApiRateLimited refused) {
        rateLimited(refused.withKey()).inc();
    }

    private Counter rateLimited(boolean withKey) {
        return registry.counter(
                Metadata.builder()
                        .withName(API_RATE_LIMITED)
                        .withDescription("API requests refused with 429 by the rate limit")
                        .build(),
                new Tag("client", withKey ? "key" : "address"));
    }

    /** Counts an uploaded image the intake refused. */
    void intakeRefused(@Observes UploadRefused refused) {
        refusals(refused.reason()).inc();
    }

    private Counter refusals(DocumentRefusedException.Reason reason) {
        return registry.counter(
                Metadata.builder()
                        .withName(INTAKE_REFUSALS)
                        .withDescription("Uploaded document images refused by the intake, by reason")
                        .build(),
                new Tag("reason", tagValue(reason)));
    }

    private void gauge(
            String name, String description, String unit, ToLongFunction<OperationsSnapshot> value, Tag... tags) {
        var metadata = Metadata.builder()
                .withName(name)
                .withDescription(description)
                .withUnit(unit)
                .build();
        registry.gauge(metadata, queries, q -> read(q, value), tags);
    }

    /** NaN while the database cannot be read: a scrape still answers, and the readiness check says why. */
    private static Double read(OperationsQueries queries, ToLongFunction<OperationsSnapshot> value) {
        try {
            return (double) value.applyAsLong(queries.snapshot());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "metrics.unavailable", e);
            return Double.NaN;
        }
    }

    private static String tagValue(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
