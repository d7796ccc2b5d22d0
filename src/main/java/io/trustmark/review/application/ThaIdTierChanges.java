package io.trustmark.review.application;

import io.trustmark.membership.application.ThaIdVerified;
import io.trustmark.review.domain.TierChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Records the raise ThaID gave (no admin: {@code changedBy} stays empty) in the tier history, in ThaID's own
 * transaction, beside the raises admins' approvals write.
 */
@ApplicationScoped
public class ThaIdTierChanges {

    @PersistenceContext
    EntityManager em;

    void record(@Observes ThaIdVerified verified) {
        em.persist(TierChange.raised(
                verified.accountId(), verified.from(), verified.to(), null, verified.requestId(), verified.at()));
    }
}
