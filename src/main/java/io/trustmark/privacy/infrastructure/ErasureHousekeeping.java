package io.trustmark.privacy.infrastructure;

import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import io.trustmark.platform.persistence.JobLease;
import io.trustmark.privacy.application.AccountErasure;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Empties the ID-number fingerprints erased accounts keep once {@code trustmark.privacy.keep-id-hash-days} have
 * passed, on the retention job's interval. Every node may run it: the update is idempotent.
 */
@ApplicationScoped
public class ErasureHousekeeping {

    private static final Logger LOG = Logger.getLogger(ErasureHousekeeping.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AccountErasure erasure;

    @Inject
    JobLease lease;

    @Inject
    @ConfigProperty(name = "trustmark.document.retention.interval-seconds", defaultValue = "3600")
    long intervalSeconds;

    private ScheduledFuture<?> schedule;

    void start(@Observes SchemaReady ready) {
        schedule = executor.scheduleWithFixedDelay(
                this::run, Math.min(60, intervalSeconds), intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void run() {
        try {
            // Once per interval across the nodes, as the retention job (half a second short: see RetentionJob).
            if (!lease.claim("erasure-housekeeping", Duration.ofMillis(Math.max(0, intervalSeconds * 1000 - 500)))) {
                return;
            }
            int forgotten = erasure.forgetExpiredIdFingerprints();
            if (forgotten > 0) {
                LOG.info(() -> "Erasure: emptied the kept ID-number fingerprints of " + forgotten + " erased accounts");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Erasure housekeeping failed; it is retried on the next run", e);
        }
    }
}
