package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.SanitizedImage;
import io.trustmark.document.domain.StoredDocument;
import io.trustmark.document.infrastructure.DocumentKeyring;
import io.trustmark.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Seals documents on the way in and opens them on the way out. Opening is only for reviewers and is
 * always written to the audit trail in the same transaction.
 */
@ApplicationScoped
public class DocumentVault {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentKeyring keyring;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public boolean accepting() {
        return keyring.available();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredDocument store(Long requestId, Long ownerId, DocumentKind kind, SanitizedImage image) {
        var sealed = keyring.current().seal(image.jpeg(), StoredDocument.associatedData(ownerId, kind, image.sha256Hex()));
        var document = new StoredDocument(requestId, ownerId, kind, image, sealed, Instant.now(clock));
        em.persist(document);
        return document;
    }

    /** The decrypted image, recorded as viewed by {@code viewerId}; empty when unknown or purged. */
    @Transactional
    public Optional<OpenedDocument> open(Long documentId, Long viewerId) {
        var document = em.find(StoredDocument.class, documentId);
        if (document == null || document.purged()) {
            return Optional.empty();
        }
        var sealed = document.sealed();
        var bytes = keyring.forKeyId(sealed.keyId()).open(sealed, document.associatedData());
        audit.record(viewerId, AuditLog.DOCUMENT_VIEWED, "DOCUMENT", documentId, null);
        return Optional.of(new OpenedDocument(document.getId(), document.getMediaType(), bytes));
    }

    /** The request's documents for display; the sealed images stay in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> forRequest(Long requestId) {
        return em.createQuery("""
                        select new io.trustmark.document.application.DocumentSummary(d.id, d.kind, d.width, d.height, d.purgedAt)
                        from StoredDocument d where d.requestId = :r order by d.id""", DocumentSummary.class)
                .setParameter("r", requestId)
                .getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void purgeForRequest(Long requestId) {
        var now = Instant.now(clock);
        em.createQuery("select d from StoredDocument d where d.requestId = :r and d.purgedAt is null", StoredDocument.class)
                .setParameter("r", requestId)
                .getResultList()
                .forEach(d -> d.purge(now));
    }

    public record OpenedDocument(Long id, String mediaType, byte[] bytes) {
    }
}
