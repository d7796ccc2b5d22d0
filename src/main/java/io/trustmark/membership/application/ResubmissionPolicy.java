package io.trustmark.membership.application;

import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.membership.domain.ResubmissionRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether a member may send another request for a tier after reviewers sent earlier ones back or refused
 * them. Called where requests are submitted, so the limit holds whichever page the member uses; the
 * reviewer sees the same count before asking for another attempt.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResubmissionPolicy {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "trustmark.review.max-attempts", defaultValue = "3")
    int maxAttempts;

    /** Refuses with {@link UpgradeRefusedException} when the member may not send a request for {@code tier}. */
    public void check(Long accountId, Tier tier) {
        rule().refusal(statuses(accountId, tier)).ifPresent(key -> {
            throw new UpgradeRefusedException(key);
        });
    }

    /** How many more requests the member may send for {@code tier} after the ones so far (an open one counts). */
    public int attemptsLeft(Long accountId, Tier tier) {
        return rule().attemptsLeft(statuses(accountId, tier));
    }

    private ResubmissionRule rule() {
        return new ResubmissionRule(maxAttempts);
    }

    private List<RequestStatus> statuses(Long accountId, Tier tier) {
        return em.createQuery("""
                        select r.status from VerificationRequest r
                        where r.account.id = :a and r.requestedTier = :t""", RequestStatus.class)
                .setParameter("a", accountId)
                .setParameter("t", tier)
                .getResultList();
    }
}
