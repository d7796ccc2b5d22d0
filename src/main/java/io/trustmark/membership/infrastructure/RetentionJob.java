package io.trustmark.membership.infrastructure;

import io.trustmark.account.application.KnownDevices;
import io.trustmark.account.application.UnconfirmedSignUps;
import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.DocumentRetention;
import io.trustmark.document.application.Handoffs;
import io.trustmark.membership.application.ImageRetention;
import io.trustmark.platform.concurrent.ScheduledJob;
import io.trustmark.platform.concurrent.ScheduledJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Runs the {@link io.trustmark.membership.domain.RetentionPolicy} on a fixed delay: asks it what is due
 * and tells the document store what to erase (images of decided requests) and delete (expired drafts, phone
 * links that ended a retention period ago) and the sign-in's known devices long expired. {@link ScheduledJobs} runs
 * it once per interval across the cluster (erasing and deleting are idempotent anyway).
 */
@ApplicationScoped
public class RetentionJob implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());
    /**
     * A request holds at most three images (card or passport, face, passbook), so a batch loads at most 99
     * sealed images into one transaction, as the job did when it counted images.
     */
    private static final int BATCH = 33;

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

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public String intervalKey() {
        return "trustmark.document.retention.interval-seconds";
    }

    @Override
    public void work() {
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
