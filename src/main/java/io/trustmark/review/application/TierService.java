package io.trustmark.review.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.EligibilityLift;
import io.trustmark.notification.application.Mailer;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.i18n.Texts;
import io.trustmark.review.domain.DecisionReason;
import io.trustmark.review.domain.ReasonUse;
import io.trustmark.review.domain.TierChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Lowering or revoking a member's tier, and the tier history. The tier lives on the account, which every
 * page reads afresh, so the mark disappears from every thread and list with the next page view.
 */
@ApplicationScoped
public class TierService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    ReasonService reasons;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Lowers {@code memberUsername} to {@code to}, refusing when the tier the admin saw ({@code shownTier})
     * is no longer the member's. A decision like approving, so it needs the same step-up.
     */
    @RequiresRecentSignIn
    @Transactional
    public void lower(String memberUsername, Tier shownTier, Tier to, DecisionReason reason, String adminUsername) {
        reasons.requireFor(ReasonUse.TIER, reason);
        var admin = accounts.byUsername(adminUsername).orElseThrow();
        var member = accounts.byUsername(memberUsername).orElseThrow(() -> new RefusedException("member.unknown"));
        var from = member.getTier();
        if (from != shownTier) {
            throw new RefusedException("member.changedMeanwhile");
        }
        if (to == null || to.ordinal() >= from.ordinal()) {
            throw new RefusedException("member.notLower");
        }
        var now = Instant.now(clock);
        em.persist(TierChange.lowered(member.getId(), from, to, admin.getId(), reason, now));
        member.changeTier(to);
        if (to == Tier.REGISTERED) {
            // Registered means no verified ID: the green C goes with the tier.
            member.clearIdVerification();
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new RefusedException("member.changedMeanwhile");
        }
        audit.record(
                admin.getId(),
                ReviewAudit.TIER_LOWERED,
                ReviewAudit.Subject.ACCOUNT,
                member.getId(),
                from + " -> " + to + (reason.code() == null ? "" : " reason=" + reason.code()));
        var locale = member.locale();
        mailer.queue(
                member.getEmail(),
                locale,
                "review.tierLowered",
                member.getUsername(),
                Texts.text(locale, "tier." + from.name()),
                Texts.text(locale, "tier." + to.name()),
                reasons.memberText(reason.code(), reason.freeText(), locale));
    }

    /**
     * Lifts {@code memberUsername}'s bars: what {@code EligibilityPolicy} held against them from before now
     * (documents refused for good, a misuse cool-down, used attempts) stops counting. It undoes other
     * admins' decisions, so it needs the step-up and a note, and is audited.
     */
    @RequiresRecentSignIn
    @Transactional
    public void liftBars(String memberUsername, String note, String adminUsername) {
        if (note == null || note.isBlank()) {
            throw new RefusedException("member.lift.noteRequired");
        }
        var admin = accounts.byUsername(adminUsername).orElseThrow();
        var member = accounts.byUsername(memberUsername).orElseThrow(() -> new RefusedException("member.unknown"));
        var lift = new EligibilityLift(member.getId(), admin.getId(), note, Instant.now(clock));
        em.persist(lift);
        audit.record(admin.getId(), ReviewAudit.BARS_LIFTED, ReviewAudit.Subject.ACCOUNT, member.getId(), null);
    }

    /** The lifts of {@code accountId}'s bars with who lifted them, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LiftRow> lifts(Long accountId) {
        return em.createQuery("""
                        select l, a.username from EligibilityLift l left join Account a on a.id = l.liftedById
                        where l.accountId = :a order by l.liftedAt desc, l.id desc""", Object[].class).setParameter("a", accountId).getResultList().stream()
                .map(row -> {
                    var l = (EligibilityLift) row[0];
                    return new LiftRow(l.getLiftedAt(), (String) row[1], l.getNote());
                })
                .toList();
    }

    /** One lift as the member page lists it. */
    public record LiftRow(Instant at, String liftedBy, String note) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MemberHistory.TierStep> history(Long accountId) {
        return em.createQuery("""
                        select c, a.username from TierChange c left join Account a on a.id = c.changedById
                        where c.accountId = :a order by c.changedAt desc, c.id desc""", Object[].class).setParameter("a", accountId).getResultList().stream()
                .map(row -> {
                    var c = (TierChange) row[0];
                    return new MemberHistory.TierStep(
                            c.getChangedAt(),
                            c.getFromTier(),
                            c.getToTier(),
                            (String) row[1],
                            c.getRequestId(),
                            c.getReasonCode(),
                            c.getReasonText());
                })
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account member(String username) {
        return accounts.byUsername(username).orElse(null);
    }
}
