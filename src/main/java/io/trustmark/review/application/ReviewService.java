package io.trustmark.review.application;

import io.trustmark.account.infrastructure.AccountRepository;
import io.trustmark.document.application.DocumentVault;
import io.trustmark.identity.domain.MrzException;
import io.trustmark.identity.domain.MrzTd3;
import io.trustmark.membership.application.RequestMails;
import io.trustmark.membership.domain.ApprovalOutcome;
import io.trustmark.membership.domain.AutomaticChecks;
import io.trustmark.membership.domain.CheckCode;
import io.trustmark.membership.domain.CheckResult;
import io.trustmark.membership.domain.RequestAlreadyDecidedException;
import io.trustmark.membership.domain.RequestCheck;
import io.trustmark.membership.domain.SecondApproverRequiredException;
import io.trustmark.membership.domain.Tier;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.review.domain.NumberCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin side of verification: the queue and the decision. A decision is taken against the
 * version of the request the admin was shown; if anything changed since, the admin is told instead
 * of overwriting it.
 */
@ApplicationScoped
public class ReviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    DocumentVault vault;

    @Inject
    RequestMails mails;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Trusted requests need two different admins' approvals (the first is recorded, the second decides). */
    @Inject
    @ConfigProperty(name = "trustmark.review.four-eyes-trusted", defaultValue = "false")
    boolean fourEyesTrusted;

    /** Open requests, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueRow> pending(int first, int max) {
        return em.createQuery("""
                        select new io.trustmark.review.application.QueueRow(r.id, a.username, r.requestedTier, r.submittedAt)
                        from VerificationRequest r join r.account a
                        where r.status = :open order by r.submittedAt, r.id""", QueueRow.class)
                .setParameter("open", RequestStatus.SUBMITTED)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long pendingCount() {
        return em.createQuery("select count(r) from VerificationRequest r where r.status = :open", Long.class)
                .setParameter("open", RequestStatus.SUBMITTED)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReviewDetail> detail(Long requestId) {
        return Optional.ofNullable(em.find(VerificationRequest.class, requestId)).map(request -> new ReviewDetail(
                request,
                NumberCheck.of(request.getAccount().getIdNumber(), request.getTypedNumber()),
                vault.forRequest(request.getId()),
                em.createQuery("select c from RequestCheck c where c.requestId = :r order by c.code", RequestCheck.class)
                        .setParameter("r", request.getId()).getResultList(),
                Optional.ofNullable(request.getIdentitySourceRequestId()).map(s -> em.find(VerificationRequest.class, s))
                        .orElse(null)));
    }

    /**
     * Checks the passport zone a reviewer pasted against the request and stores the result with the other
     * checks (replacing an earlier paste), so the next reviewer sees it too.
     *
     * @throws MrzException when the lines are not a passport zone
     */
    @Transactional
    public CheckResult checkMrz(Long requestId, String line1, String line2, String adminUsername) {
        var request = em.find(VerificationRequest.class, requestId);
        var result = AutomaticChecks.mrz(MrzTd3.parse(line1, line2), request);
        em.createQuery("delete from RequestCheck c where c.requestId = :r and c.code = :code")
                .setParameter("r", requestId).setParameter("code", CheckCode.MRZ).executeUpdate();
        em.persist(new RequestCheck(requestId, result, Instant.now(clock)));
        var admin = accounts.byUsername(adminUsername).orElseThrow();
        audit.record(admin.getId(), AuditLog.REQUEST_MRZ_CHECKED, "REQUEST", requestId, result.outcome().name());
        return result;
    }

    /** Whether approving this request now would only record the first of two approvals. */
    public boolean needsTwoApprovals(VerificationRequest request) {
        return fourEyesTrusted && request.getRequestedTier() == Tier.TRUSTED;
    }

    /**
     * Approves, or under the four-eyes rule records the first approval; the member hears only of the
     * final decision.
     *
     * @throws SecondApproverRequiredException when the admin who gave the first approval tries the second
     */
    @Transactional
    public ApprovalOutcome approve(Long requestId, long shownVersion, String adminUsername) {
        var outcome = new ApprovalOutcome[1];
        decide(requestId, shownVersion, adminUsername, (request, admin, now) -> {
                    outcome[0] = request.approve(admin, now, needsTwoApprovals(request));
                    return outcome[0] == ApprovalOutcome.APPROVED;
                },
                AuditLog.REQUEST_APPROVED, "approved");
        return outcome[0];
    }

    @Transactional
    public void reject(Long requestId, long shownVersion, String adminUsername, String reason) {
        decide(requestId, shownVersion, adminUsername, (request, admin, now) -> {
                    request.reject(admin, reason, now);
                    return true;
                },
                AuditLog.REQUEST_REJECTED, "rejected");
    }

    private void decide(Long requestId, long shownVersion, String adminUsername, Decision decision, String action,
                        String mailKind) {
        var admin = accounts.byUsername(adminUsername).orElseThrow();
        var request = em.find(VerificationRequest.class, requestId);
        if (request == null) {
            throw new IllegalArgumentException("No request " + requestId);
        }
        if (request.getVersion() != shownVersion || !request.getStatus().open()) {
            throw concurrent(request);
        }
        var now = Instant.now(clock);
        boolean decided;
        try {
            decided = decision.apply(request, admin, now);
            em.flush();
        } catch (RequestAlreadyDecidedException | PersistenceException e) {
            // A stale version, or a lock the other decision holds (lock timeout, serialization failure):
            // either way another decision got there first and this one must not stand.
            throw new ConcurrentDecisionException(null);
        }
        if (!decided) {
            audit.record(admin.getId(), AuditLog.REQUEST_FIRST_APPROVAL, "REQUEST", request.getId(), null);
            return;
        }
        audit.record(admin.getId(), action, "REQUEST", request.getId(), request.getDecisionReason());
        mails.send(request, mailKind);
    }

    private static ConcurrentDecisionException concurrent(VerificationRequest request) {
        return new ConcurrentDecisionException(request.getDecidedBy() == null ? null : request.getDecidedBy().getUsername());
    }

    @FunctionalInterface
    private interface Decision {
        /** @return whether the request is now decided (false: a first approval was only recorded) */
        boolean apply(VerificationRequest request, io.trustmark.account.domain.Account admin, Instant now);
    }
}
