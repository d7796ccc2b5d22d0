package io.trustmark.document.infrastructure;

import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.DocumentRetention;
import io.trustmark.document.application.Handoffs;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the retention rules on a fixed delay: images of decided requests after the retention period, drafts
 * that expired, and phone links that ended a retention period ago. Every node may run it; erasing is idempotent, so two nodes at once do no harm.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    private static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    DocumentRetention retention;

    @Inject
    DocumentDrafts drafts;

    @Inject
    Handoffs handoffs;

    @Inject
    @ConfigProperty(name = "trustmark.document.retention.interval-seconds", defaultValue = "3600")
    long intervalSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledFuture<?> schedule;

    void start(@Observes SchemaReady ready) {
        schedule = executor.scheduleWithFixedDelay(this::run, Math.min(60, intervalSeconds), intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    public void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int purged = 0;
            int batch;
            do {
                batch = retention.purgeDecided(BATCH);
                purged += batch;
            } while (batch == BATCH);
            int expired = drafts.purgeExpired();
            int links = handoffs.purgeEnded(Duration.ofDays(retention.retentionDays()));
            if (purged + expired + links > 0) {
                int images = purged;
                LOG.info(() -> "Retention: erased " + images + " images of decided requests, " + expired
                        + " expired drafts and " + links + " ended phone links");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; it is retried on the next run", e);
        } finally {
            running.set(false);
        }
    }
}
