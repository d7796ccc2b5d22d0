package io.trustmark.membership.application;

import io.trustmark.document.application.DraftLifetime;
import io.trustmark.membership.domain.RetentionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link RetentionPolicy} with this installation's settings, and the requests it lets go. The document
 * store asks it how long a draft counts ({@link DraftLifetime}); the retention job asks it which requests'
 * images are due.
 */
@ApplicationScoped
public class ImageRetention implements DraftLifetime {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "trustmark.document.draft-minutes", defaultValue = "120")
    long draftMinutes;

    @Inject
    @ConfigProperty(name = "trustmark.document.retention-days", defaultValue = "30")
    int retentionDays;

    public RetentionPolicy policy() {
        return new RetentionPolicy(draftMinutes, retentionDays);
    }

    @Override
    public Instant draftExpiresAt(Instant uploadedAt) {
        return policy().draftExpiresAt(uploadedAt);
    }

    /**
     * Up to {@code max} requests decided before {@code cutoff} that still hold an image, lowest id first. A
     * transaction although it only reads: the job asks from a managed thread, where the container's
     * EntityManager is closed outside one.
     */
    @Transactional
    public List<Long> decidedWithImagesBefore(Instant cutoff, int max) {
        return em.createQuery("""
                        select distinct d.requestId from StoredDocument d where d.erasedAt is null and d.requestId in
                            (select r.id from VerificationRequest r where r.decidedAt < :cutoff)
                        order by d.requestId""", Long.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
    }
}
