package io.trustmark.document.application;

import io.trustmark.document.domain.StoredDocument;
import io.trustmark.platform.audit.AuditLog;
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
 * Erases document images once their purpose has ended (PDPA s.37(3)): a set number of days after the
 * request was decided. The row stays with its kind, size and hashes, so the outcome is still on record
 * and a reused picture is still recognised; only the sealed image goes.
 */
@ApplicationScoped
public class DocumentRetention {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.document.retention-days", defaultValue = "30")
    int retentionDays;

    /** Erases up to {@code max} images of requests decided more than the retention period ago; returns how many. */
    @Transactional
    public int purgeDecided(int max) {
        var now = Instant.now(clock);
        var due = em.createQuery("""
                        select d from StoredDocument d where d.purgedAt is null and d.requestId in
                            (select r.id from VerificationRequest r where r.decidedAt < :cutoff)
                        order by d.id""", StoredDocument.class)
                .setParameter("cutoff", now.minus(Duration.ofDays(retentionDays)))
                .setMaxResults(max)
                .getResultList();
        for (var document : due) {
            document.purge(now);
            audit.record(null, AuditLog.DOCUMENT_PURGED, "DOCUMENT", document.getId(), retentionDays + " days after the decision");
        }
        return due.size();
    }

    public int retentionDays() {
        return retentionDays;
    }
}
