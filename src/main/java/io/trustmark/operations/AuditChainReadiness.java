package io.trustmark.operations;

import io.trustmark.platform.audit.AuditChainCheck;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the audit hash chain is broken: someone changed or removed audit rows behind the application,
 * which is a security incident to look into before serving on. The whole chain is recomputed at most once per
 * {@code trustmark.health.audit-chain-seconds}, as probes come far more often and the trail only grows.
 */
@Readiness
@ApplicationScoped
public class AuditChainReadiness implements HealthCheck {

    static final String NAME = "audit-chain";
    private static final Logger LOG = Logger.getLogger(AuditChainReadiness.class.getName());

    @Inject
    AuditChainCheck chain;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.health.audit-chain-seconds", defaultValue = "300")
    long everySeconds;

    private volatile AuditChainCheck.Status last;
    private volatile Instant checkedAt = Instant.EPOCH;

    /**
     * The first check runs during deployment: it creates the beans (and injects the data source) inside the
     * application, where the lookup works, and a chain broken while the application was down shows in the log.
     */
    void start(@Observes SchemaReady ready) {
        var status = chain.verify();
        if (!status.intact()) {
            LOG.severe(() -> "Audit chain broken at " + status.brokenAt() + ": " + status.problem());
        }
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME);
        try {
            var now = Instant.now(clock);
            if (last == null || Duration.between(checkedAt, now).getSeconds() >= everySeconds) {
                last = chain.verify();
                checkedAt = now;
            }
            var status = last;
            response.status(status.intact()).withData("rows", status.chainedRows());
            if (!status.intact()) {
                response.withData("problem", status.problem());
                if (status.brokenAt() != null) {
                    response.withData("position", status.brokenAt());
                }
            }
            return response.build();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "health.audit-chain unavailable", e);
            return response.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
