package io.trustmark.membership.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.Eligibility;
import io.trustmark.membership.domain.EligibilityHistory;
import io.trustmark.membership.domain.EligibilityLift;
import io.trustmark.membership.domain.EligibilityPolicy;
import io.trustmark.membership.domain.VerificationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a member's whole history and asks {@link EligibilityPolicy} what they may request: for the wizard
 * (before anything is typed), for the submission (again, the same rule), and for the review page and the
 * approval (what holds against a request already sent).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EligibilityService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.review.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "trustmark.membership.misuse-cooldown-days", defaultValue = "90")
    int misuseCooldownDays;

    /** What {@code member} may request now. */
    public Eligibility of(Account member) {
        return policy().judge(member, history(member.getId()), Instant.now(clock));
    }

    /** Refuses with {@link UpgradeRefusedException} when {@code member} may not request {@code tier} now. */
    public Eligibility check(Account member, Tier tier) {
        var eligibility = of(member);
        eligibility.refusal(tier).ifPresent(r -> {
            throw new UpgradeRefusedException(r.messageKey(), null, r.argArray());
        });
        return eligibility;
    }

    /** Refuses {@code identityDocument} when a final refusal barred it (beside the wizard's document choice). */
    public static void checkDocument(Eligibility eligibility, DocumentKind identityDocument) {
        var barred = identityDocument == null ? null : eligibility.barred().get(identityDocument);
        if (barred != null) {
            throw new UpgradeRefusedException(barred.messageKey(), "document", barred.argArray());
        }
    }

    /** What holds against approving {@code request}: a barred document it carries, or a misuse cool-down. */
    public Optional<Eligibility.Refusal> barAgainst(VerificationRequest request) {
        return policy().barAgainst(request, history(request.getAccount().getId()), Instant.now(clock));
    }

    /** How many more requests the member may send for {@code tier} after the ones so far (an open one counts). */
    public int attemptsLeft(Long accountId, Tier tier) {
        return policy().attemptsLeft(history(accountId), tier);
    }

    /** The member's bars lifted by admins, newest first. */
    public List<EligibilityLift> lifts(Long accountId) {
        return em.createQuery(
                        "select l from EligibilityLift l where l.accountId = :a order by l.liftedAt desc, l.id desc",
                        EligibilityLift.class)
                .setParameter("a", accountId)
                .getResultList();
    }

    private EligibilityPolicy policy() {
        return new EligibilityPolicy(maxAttempts, Duration.ofDays(misuseCooldownDays));
    }

    public EligibilityHistory history(Long accountId) {
        var requests = em
                .createQuery("select r from VerificationRequest r where r.account.id = :a", VerificationRequest.class)
                .setParameter("a", accountId)
                .getResultList()
                .stream()
                .map(EligibilityHistory.PastRequest::of)
                .toList();
        return new EligibilityHistory(
                requests,
                downgrades(accountId),
                lifts(accountId).stream().map(EligibilityLift::getLiftedAt).toList());
    }

    /**
     * The admins' downgrades of the member. Read from the review workbench's tier history directly, because
     * the review feature depends on this one and not the other way round.
     */
    private List<EligibilityHistory.Downgrade> downgrades(Long accountId) {
        List<?> rows = em.createNativeQuery("""
                        select from_tier, to_tier, reason_code, changed_at from tier_change
                        where account_id = ?1 and request_id is null""").setParameter(1, accountId).getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new EligibilityHistory.Downgrade(
                        Tier.valueOf((String) row[0]), Tier.valueOf((String) row[1]), (String) row[2], instant(row[3])))
                .filter(d -> d.to().ordinal() < d.from().ordinal())
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("changed_at read as " + value.getClass());
    }
}
