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
        var document = new StoredDocument(requestId, ownerId, kind, image, seal(ownerId, kind, image), Instant.now(clock));
        em.persist(document);
        return document;
    }

    /** Seals a draft; {@link DocumentDrafts} decides when it is kept and for how long. */
    @Transactional(Transactional.TxType.MANDATORY)
    StoredDocument storeDraft(Long ownerId, DocumentKind kind, SanitizedImage image, Instant expiresAt) {
        var document = StoredDocument.draft(ownerId, kind, image, seal(ownerId, kind, image), Instant.now(clock), expiresAt);
        em.persist(document);
        return document;
    }

    private io.trustmark.document.domain.Sealed seal(Long ownerId, DocumentKind kind, SanitizedImage image) {
        return keyring.current().seal(image.jpeg(), StoredDocument.associatedData(ownerId, kind, image.sha256Hex()));
    }

    /** The decrypted image, recorded as viewed by {@code viewerId}; empty when unknown or erased. */
    @Transactional
    public Optional<OpenedDocument> open(Long documentId, Long viewerId) {
        return open(em.find(StoredDocument.class, documentId), viewerId);
    }

    /**
     * A member's own draft, for the preview in the wizard; empty for anything else, so a member can never
     * open another member's image or a document already handed to the reviewers. Audited like any view.
     */
    @Transactional
    public Optional<OpenedDocument> openOwnDraft(Long documentId, Long ownerId) {
        var document = em.find(StoredDocument.class, documentId);
        if (document == null || !document.isDraft() || !document.getOwnerId().equals(ownerId)) {
            return Optional.empty();
        }
        return open(document, ownerId);
    }

    private Optional<OpenedDocument> open(StoredDocument document, Long viewerId) {
        if (document == null || document.erased()) {
            return Optional.empty();
        }
        var documentId = document.getId();
        var sealed = document.sealed();
        var bytes = keyring.forKeyId(sealed.keyId()).open(sealed, document.associatedData());
        audit.record(viewerId, AuditLog.DOCUMENT_VIEWED, "DOCUMENT", documentId, null);
        return Optional.of(new OpenedDocument(document.getId(), document.getMediaType(), bytes));
    }

    /** The request's documents for display; the sealed images stay in the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> forRequest(Long requestId) {
        return em.createQuery("""
                        select new io.trustmark.document.application.DocumentSummary(d.id, d.kind, d.width, d.height, d.erasedAt)
                        from StoredDocument d where d.requestId = :r order by d.id""", DocumentSummary.class)
                .setParameter("r", requestId)
                .getResultList();
    }

    /**
     * Seals up to {@code max} documents again under the current key, each opened with the key it was
     * sealed under; returns how many. Each is audited. Small batches keep transactions (and the memory
     * for decrypted images) short.
     */
    @Transactional
    public int resealBatch(int max, Long adminId) {
        var current = keyring.current();
        var batch = em.createQuery("""
                        select d from StoredDocument d where d.keyId is not null and d.keyId <> :k order by d.id""",
                        StoredDocument.class)
                .setParameter("k", current.keyId())
                .setMaxResults(max)
                .getResultList();
        for (var document : batch) {
            var oldKeyId = document.getKeyId();
            var plaintext = keyring.forKeyId(oldKeyId).open(document.sealed(), document.associatedData());
            document.reseal(current.seal(plaintext, document.associatedData()));
            audit.record(adminId, AuditLog.DOCUMENT_RESEALED, "DOCUMENT", document.getId(), oldKeyId + " -> " + current.keyId());
        }
        return batch.size();
    }

    /** How many images are sealed under each key id; what the key rotation page shows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, Long> sealedPerKey() {
        var counts = new java.util.TreeMap<String, Long>();
        em.createQuery("select d.keyId, count(d) from StoredDocument d where d.keyId is not null group by d.keyId", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    public String currentKeyId() {
        return keyring.current().keyId();
    }

    public record OpenedDocument(Long id, String mediaType, byte[] bytes) {
    }
}
