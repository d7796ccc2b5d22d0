package io.trustmark.privacy.infrastructure;

import io.trustmark.platform.concurrent.ScheduledJob;
import io.trustmark.platform.concurrent.ScheduledJobs;
import io.trustmark.privacy.application.AccountErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Empties the ID-number fingerprints erased accounts keep once {@code trustmark.privacy.keep-id-hash-days} have
 * passed, on the retention job's interval; {@link ScheduledJobs} runs it once per interval across the nodes, as the
 * retention job (the update is idempotent anyway).
 */
@ApplicationScoped
public class ErasureHousekeeping implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(ErasureHousekeeping.class.getName());

    @Inject
    AccountErasure erasure;

    @Override
    public String name() {
        return "erasure-housekeeping";
    }

    @Override
    public String intervalKey() {
        return "trustmark.document.retention.interval-seconds";
    }

    @Override
    public void work() {
        int forgotten = erasure.forgetExpiredIdFingerprints();
        if (forgotten > 0) {
            LOG.info(() -> "Erasure: emptied the kept ID-number fingerprints of " + forgotten + " erased accounts");
        }
    }
}
