package io.trustmark.review.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.review.domain.DecisionReason;
import io.trustmark.review.domain.ReasonUse;
import io.trustmark.review.domain.ReviewReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The editable list of reasons reviewers pick from, and the one way a reason becomes text for a member. */
@ApplicationScoped
public class ReasonService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewReason> all() {
        return em.createQuery(
                        "select r from ReviewReason r order by r.appliesTo, r.position, r.code", ReviewReason.class)
                .getResultList();
    }

    /** The reasons a reviewer may pick for {@code use}, in list order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewReason> active(ReasonUse use) {
        return em.createQuery("""
                        select r from ReviewReason r where r.appliesTo = :u and r.active = true
                        order by r.position, r.code""", ReviewReason.class).setParameter("u", use).getResultList();
    }

    /** The reasons a reviewer may pick for {@code use} on a request with these documents, in list order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewReason> active(ReasonUse use, Collection<DocumentKind> sent) {
        return active(use).stream().filter(r -> r.fits(sent)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReviewReason> byCode(String code) {
        return em.createQuery("select r from ReviewReason r where r.code = :c", ReviewReason.class)
                .setParameter("c", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * Checks that the reason fits the use (an active listed reason of that kind, or at least words of the
     * reviewer's own) before anything is written. A listed reason about one document does not fit here: this
     * is for what concerns no document (lowering a tier).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireFor(ReasonUse use, DecisionReason reason) {
        requireFor(use, reason, Set.of());
    }

    /**
     * Checks that the reason fits the use and the request's documents ({@code sent}): a listed reason about
     * the passbook is refused for a request without one, whatever the page offered.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireFor(ReasonUse use, DecisionReason reason, Collection<DocumentKind> sent) {
        if (!reason.givesMemberAReason()) {
            throw new RefusedException("review.reason.needed");
        }
        if (reason.code() != null
                && byCode(reason.code())
                        .filter(r -> r.isActive() && r.getAppliesTo() == use && r.fits(sent))
                        .isEmpty()) {
            throw new RefusedException("review.reason.unknown");
        }
    }

    /** The reason as the member reads it, in their language: the listed text, then the reviewer's own words. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String memberText(String code, String freeText, Locale locale) {
        var listed = code == null ? null : byCode(code).map(r -> r.text(locale)).orElse(null);
        return new DecisionReason(code, freeText, null).memberText(listed);
    }

    /** Creates a reason (id null) or changes one, refusing a change made on an outdated copy. */
    @Transactional
    public ReviewReason save(
            Long id,
            long shownVersion,
            String code,
            ReasonUse use,
            DocumentKind documentKind,
            String textEn,
            String textTh,
            boolean active,
            int position,
            String adminUsername) {
        var admin = accounts.byUsername(adminUsername).orElseThrow();
        ReviewReason reason;
        if (id == null) {
            if (byCode(code).isPresent()) {
                throw new RefusedException("reasons.codeTaken");
            }
            reason = new ReviewReason(code, use, documentKind, textEn, textTh, position);
            em.persist(reason);
        } else {
            reason = em.find(ReviewReason.class, id);
            if (reason == null || reason.getVersion() != shownVersion) {
                throw new RefusedException("reasons.changedMeanwhile");
            }
            reason.change(use, documentKind, textEn, textTh, active, position);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RefusedException("reasons.changedMeanwhile");
        } catch (PersistenceException e) {
            throw new RefusedException("reasons.codeTaken");
        }
        audit.record(
                admin.getId(),
                ReviewAudit.REASON_SAVED,
                ReviewAudit.Subject.REASON,
                reason.getId(),
                reason.getCode() + (reason.isActive() ? "" : " (inactive)"));
        return reason;
    }
}
