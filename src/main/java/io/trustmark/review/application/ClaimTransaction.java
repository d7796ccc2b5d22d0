package io.trustmark.review.application;

import io.trustmark.membership.application.MembershipAudit;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.review.infrastructure.ClaimStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One claim attempt, in a transaction of its own: a lost race may abort the transaction (PostgreSQL
 * does on any failed statement), and {@link ClaimService} must still be able to read who won.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ClaimTransaction {

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimStore store;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.review.claim-minutes", defaultValue = "30")
    int claimMinutes;

    Duration claimDuration() {
        return Duration.ofMinutes(claimMinutes);
    }

    /** True when the admin holds the request afterwards. */
    public boolean claim(Long requestId, Long adminId) {
        if (!open(requestId)) {
            return false;
        }
        var now = Instant.now(clock);
        var until = now.plus(claimDuration());
        if (store.renew(requestId, adminId, now, until)) {
            return true;
        }
        if (store.replaceExpired(requestId, adminId, now, until) || store.insert(requestId, adminId, now, until)) {
            audit.record(adminId, ReviewAudit.REQUEST_CLAIMED, MembershipAudit.Subject.REQUEST, requestId, null);
            return true;
        }
        return false;
    }

    /** True when the claim moved from {@code holderId} (as the admin saw it) to {@code adminId}. */
    public boolean takeOver(Long requestId, Long adminId, Long holderId, String holderName) {
        if (!open(requestId)) {
            return false;
        }
        var now = Instant.now(clock);
        if (store.transfer(requestId, holderId, adminId, now, now.plus(claimDuration()))) {
            audit.record(
                    adminId,
                    ReviewAudit.CLAIM_TAKEN_OVER,
                    MembershipAudit.Subject.REQUEST,
                    requestId,
                    "from " + holderName);
            return true;
        }
        return false;
    }

    public boolean release(Long requestId, Long adminId) {
        if (store.release(requestId, adminId)) {
            audit.record(adminId, ReviewAudit.CLAIM_RELEASED, MembershipAudit.Subject.REQUEST, requestId, null);
            return true;
        }
        return false;
    }

    private boolean open(Long requestId) {
        var request = em.find(VerificationRequest.class, requestId);
        return request != null && request.getStatus().open();
    }
}
