package io.trustmark.document.application;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.document.domain.DocumentAccess;
import io.trustmark.document.domain.DocumentAccess.Answer;
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

/**
 * Seals documents on the way in and opens them on the way out. Whoever asks to open an image is checked
 * here ({@link DocumentAccess}), against the signed-in caller rather than anything the caller passes, so
 * no page or servlet can show an image the rule does not allow; each view is written to the audit trail
 * in the same transaction.
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

    @Inject
    CurrentMember viewer;

    public boolean accepting() {
        return keyring.available();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public StoredDocument store(Long requestId, Long ownerId, DocumentKind kind, SanitizedImage image) {
        var document =
                new StoredDocument(requestId, ownerId, kind, image, seal(ownerId, kind, image), Instant.now(clock));
        em.persist(document);
        return document;
    }

    /** Seals a draft; {@link DocumentDrafts} keeps it until {@code expiresAt} ({@link DraftLifetime}). */
    @Transactional(Transactional.TxType.MANDATORY)
    StoredDocument storeDraft(Long ownerId, DocumentKind kind, SanitizedImage image, Instant expiresAt) {
        var document =
                StoredDocument.draft(ownerId, kind, image, seal(ownerId, kind, image), Instant.now(clock), expiresAt);
        em.persist(document);
        return document;
    }

    /** The plain bytes of {@code document}; for the system's own work on a draft, never shown by this method. */
    byte[] unseal(StoredDocument document) {
        var sealed = document.sealed();
        return keyring.forKeyId(sealed.keyId()).open(sealed, document.associatedData());
    }

    io.trustmark.document.domain.Sealed seal(Long ownerId, DocumentKind kind, SanitizedImage image) {
        return keyring.current().seal(image.jpeg(), StoredDocument.associatedData(ownerId, kind, image.sha256Hex()));
    }

    /**
     * The image for a reviewer ({@link DocumentAccess#review}): forbidden unless the caller is an admin, not
     * found when unknown ({@code documentId} null included) or erased. Audited as viewed by the caller.
     */
    @Transactional
    public Opening open(Long documentId) {
        boolean admin = viewer.isAdmin();
        var viewerId = admin ? viewer.account().orElseThrow().getId() : null;
        var document = find(documentId);
        return open(document, viewerId, DocumentAccess.review(admin, document));
    }

    /**
     * The caller's own draft, for the preview in the wizard ({@link DocumentAccess#preview}); not found for
     * anything else, so a member can never open another member's image or a document already handed to the
     * reviewers. Audited like any view.
     */
    @Transactional
    public Opening openOwnDraft(Long documentId) {
        var viewerId = viewer.account().orElseThrow().getId();
        var document = find(documentId);
        return open(document, viewerId, DocumentAccess.preview(viewerId, document));
    }

    /** One of the member's own images, opened for their archive. */
    public record OwnImage(Long id, DocumentKind kind, byte[] bytes) {}

    /**
     * The signed-in member's own images that still exist ({@link DocumentAccess#own}), for their archive; each
     * audited as viewed by them, like any view.
     */
    @Transactional
    public List<OwnImage> openOwn() {
        var viewerId = viewer.account().orElseThrow().getId();
        var images = new java.util.ArrayList<OwnImage>();
        for (var document : em.createQuery(
                        "select d from StoredDocument d where d.ownerId = :o and d.erasedAt is null order by d.id",
                        StoredDocument.class)
                .setParameter("o", viewerId)
                .getResultList()) {
            var opening = open(document, viewerId, DocumentAccess.own(viewerId, document));
            if (opening.answer() == Answer.OPEN) {
                images.add(new OwnImage(
                        document.getId(), document.getKind(), opening.document().bytes()));
            }
        }
        return images;
    }

    private StoredDocument find(Long documentId) {
        return documentId == null ? null : em.find(StoredDocument.class, documentId);
    }

    private Opening open(StoredDocument document, Long viewerId, Answer answer) {
        if (answer != Answer.OPEN) {
            return Opening.refused(answer);
        }
        var documentId = document.getId();
        var sealed = document.sealed();
        var bytes = keyring.forKeyId(sealed.keyId()).open(sealed, document.associatedData());
        audit.record(viewerId, DocumentAudit.DOCUMENT_VIEWED, DocumentAudit.Subject.DOCUMENT, documentId, null);
        return new Opening(Answer.OPEN, new OpenedDocument(document.getId(), document.getMediaType(), bytes));
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
                        select d from StoredDocument d where d.keyId is not null and d.keyId <> :k order by d.id""", StoredDocument.class)
                .setParameter("k", current.keyId())
                .setMaxResults(max)
                .getResultList();
        for (var document : batch) {
            var oldKeyId = document.getKeyId();
            var plaintext = keyring.forKeyId(oldKeyId).open(document.sealed(), document.associatedData());
            document.reseal(current.seal(plaintext, document.associatedData()));
            audit.record(
                    adminId,
                    DocumentAudit.DOCUMENT_RESEALED,
                    DocumentAudit.Subject.DOCUMENT,
                    document.getId(),
                    oldKeyId + " -> " + current.keyId());
        }
        return batch.size();
    }

    /** How many images are sealed under each key id; what the key rotation page shows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Map<String, Long> sealedPerKey() {
        var counts = new java.util.TreeMap<String, Long>();
        em.createQuery(
                        "select d.keyId, count(d) from StoredDocument d where d.keyId is not null group by d.keyId",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    public String currentKeyId() {
        return keyring.current().keyId();
    }

    public record OpenedDocument(Long id, String mediaType, byte[] bytes) {}

    /** The vault's answer to an open: the image when {@code answer} is {@link Answer#OPEN}, otherwise why not. */
    public record Opening(Answer answer, OpenedDocument document) {

        static Opening refused(Answer answer) {
            return new Opening(answer, null);
        }
    }
}
