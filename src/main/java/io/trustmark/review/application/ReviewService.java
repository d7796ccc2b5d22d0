package io.trustmark.review.application;

import io.trustmark.account.infrastructure.AccountRepository;
import io.trustmark.document.application.DocumentVault;
import io.trustmark.membership.domain.RequestAlreadyDecidedException;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.notification.application.Mailer;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.web.Texts;
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
import java.util.Locale;
import java.util.Optional;

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
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

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
                vault.forRequest(request.getId())));
    }

    @Transactional
    public void approve(Long requestId, long shownVersion, String adminUsername) {
        decide(requestId, shownVersion, adminUsername, (request, admin, now) -> request.approve(admin, now),
                AuditLog.REQUEST_APPROVED, "approved");
    }

    @Transactional
    public void reject(Long requestId, long shownVersion, String adminUsername, String reason) {
        decide(requestId, shownVersion, adminUsername, (request, admin, now) -> request.reject(admin, reason, now),
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
        try {
            decision.apply(request, admin, now);
            em.flush();
        } catch (RequestAlreadyDecidedException | PersistenceException e) {
            // A stale version, or a lock the other decision holds (lock timeout, serialization failure):
            // either way another decision got there first and this one must not stand.
            throw new ConcurrentDecisionException(null);
        }
        audit.record(admin.getId(), action, "REQUEST", request.getId(), request.getDecisionReason());
        var member = request.getAccount();
        // English until members choose a language (a later issue stores it per member).
        var locale = Locale.ENGLISH;
        mailer.queue(member.getEmail(), locale, mailKind, member.getUsername(),
                Texts.text(locale, "tier." + request.getRequestedTier().name()),
                request.getDecisionReason() == null ? "" : request.getDecisionReason());
    }

    private static ConcurrentDecisionException concurrent(VerificationRequest request) {
        return new ConcurrentDecisionException(request.getDecidedBy() == null ? null : request.getDecidedBy().getUsername());
    }

    @FunctionalInterface
    private interface Decision {
        void apply(VerificationRequest request, io.trustmark.account.domain.Account admin, Instant now);
    }
}
