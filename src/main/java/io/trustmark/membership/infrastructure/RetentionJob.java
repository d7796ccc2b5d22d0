package io.trustmark.membership.infrastructure;

import io.trustmark.account.application.KnownDevices;
import io.trustmark.account.application.UnconfirmedSignUps;
import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.DocumentRetention;
import io.trustmark.document.application.Handoffs;
import io.trustmark.membership.application.ImageRetention;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import io.trustmark.platform.persistence.JobLease;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link io.trustmark.membership.domain.RetentionPolicy} on a fixed delay: asks it what is due
 * and tells the document store what to erase (images of decided requests) and delete (expired drafts, phone
 * links that ended a retention period ago) and the sign-in's known devices long expired. Every node's timer fires,
 * but only the node that takes the job's lease ({@link JobLease}) runs it, so it runs once per interval across the
 * cluster (erasing and deleting are idempotent anyway). Within a node, a run still going when the next is due is
 * not overlapped.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    /**
     * A request holds at most three images (card or passport, face, passbook), so a batch loads at most 99
     * sealed images into one transaction, as the job did when it counted images.
     */
    private static final int BATCH = 33;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ImageRetention retention;

    @Inject
    DocumentRetention documents;

    @Inject
    DocumentDrafts drafts;

    @Inject
    Handoffs handoffs;

    @Inject
    KnownDevices devices;

    @Inject
    UnconfirmedSignUps signUps;

    @Inject
    Clock clock;

    @Inject
    JobLease lease;

    @Inject
    @ConfigProperty(name = "trustmark.document.retention.interval-seconds", defaultValue = "3600")
    long intervalSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
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

    public void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // Half a second short of the interval: this node's next run (a fixed delay after this one ends) must find
            // its own lease run out, or the job would skip every second interval.
            if (!lease.claim("retention", Duration.ofMillis(Math.max(0, intervalSeconds * 1000 - 500)))) {
                return;
            }
            var policy = retention.policy();
            var now = Instant.now(clock);
            // Small batches keep each erasing transaction (and the memory for sealed images) short; a full batch
            // means there may be more.
            int erased = 0;
            List<Long> due;
            do {
                due = retention.decidedWithImagesBefore(policy.eraseImagesDecidedBefore(now), BATCH);
                erased += documents.eraseForRequests(due, policy.decidedImageErasureNote());
            } while (due.size() == BATCH);
            int drafts = this.drafts.deleteExpired();
            int links = handoffs.deleteEndedBefore(policy.deleteLinksEndedBefore(now));
            int knownDevices = devices.deleteLongExpired();
            deleteUnconfirmedSignUps();
            if (erased + drafts + links + knownDevices > 0) {
                int images = erased;
                LOG.info(() -> "Retention: erased " + images + " images of decided requests, deleted " + drafts
                        + " expired drafts, " + links + " ended phone links and " + knownDevices
                        + " long-expired known devices");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retention run failed; it is retried on the next run", e);
        } finally {
            running.set(false);
        }
    }

    /** pdpa: sign-ups never confirmed within trustmark.account.unconfirmed-days ({@link UnconfirmedSignUps}). */
    private void deleteUnconfirmedSignUps() {
        int deleted = 0;
        int batch;
        do {
            batch = signUps.deleteExpired(BATCH);
            deleted += batch;
        } while (batch == BATCH);
        if (deleted > 0) {
            int count = deleted;
            LOG.info(() -> "Retention: deleted " + count + " sign-ups never confirmed");
        }
    }
}
