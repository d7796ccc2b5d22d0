package io.trustmark.document.application;

import io.trustmark.document.domain.StoredDocument;
import io.trustmark.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Erases the images of the requests it is told (PDPA s.37(3)): the retention policy, which membership
 * owns, decides which and when; this only carries it out. The row stays with its kind, size and hashes, so
 * the outcome is still on record and a reused picture is still recognised; only the sealed image goes.
 */
@ApplicationScoped
public class DocumentRetention {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Erases the images of {@code requestIds} that are still there, each audited with {@code note} (why now);
     * returns how many. Erasing is idempotent: an image already erased is left alone.
     */
    @Transactional
    public int eraseForRequests(Collection<Long> requestIds, String note) {
        if (requestIds.isEmpty()) {
            return 0;
        }
        var now = Instant.now(clock);
        var due = em.createQuery("""
                        select d from StoredDocument d where d.erasedAt is null and d.requestId in :r order by d.id""", StoredDocument.class)
                .setParameter("r", requestIds)
                .getResultList();
        for (var document : due) {
            document.erase(now);
            audit.record(null, DocumentAudit.DOCUMENT_PURGED, DocumentAudit.Subject.DOCUMENT, document.getId(), note);
        }
        return due.size();
    }

    /**
     * Erases the request's images at once, in the caller's transaction (a withdrawal, which is itself
     * audited, so the images are not audited one by one).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseForRequest(Long requestId) {
        var now = Instant.now(clock);
        em.createQuery(
                        "select d from StoredDocument d where d.requestId = :r and d.erasedAt is null",
                        StoredDocument.class)
                .setParameter("r", requestId)
                .getResultList()
                .forEach(d -> d.erase(now));
    }
}
