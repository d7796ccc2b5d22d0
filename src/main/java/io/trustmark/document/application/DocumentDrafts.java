package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.DocumentMask;
import io.trustmark.document.domain.PageText;
import io.trustmark.document.domain.SanitizedImage;
import io.trustmark.document.domain.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Images a member uploaded in the verification wizard but has not submitted yet. Each is checked and
 * sealed the moment it arrives (so the member can retake a bad photo at once), kept one per kind, and
 * either attached to the request on submission or deleted: when the member leaves the wizard, starts it
 * again, or the draft expires ({@link DraftLifetime}, the retention policy's). They live in the database
 * rather than the session so that a phone can upload into the same wizard.
 */
@ApplicationScoped
public class DocumentDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentVault vault;

    @Inject
    Clock clock;

    @Inject
    DraftLifetime lifetime;

    @Inject
    jakarta.enterprise.event.Event<DraftStored> stored;

    /** Keeps {@code image} as the member's draft of {@code kind}, replacing an earlier one. */
    @Transactional
    public DocumentSummary put(Long ownerId, DocumentKind kind, SanitizedImage image) {
        em.createQuery("delete from StoredDocument d where d.ownerId = :o and d.requestId is null and d.kind = :k")
                .setParameter("o", ownerId)
                .setParameter("k", kind)
                .executeUpdate();
        var expires = lifetime.draftExpiresAt(Instant.now(clock));
        var draft = vault.storeDraft(ownerId, kind, image, expires);
        em.flush();
        stored.fire(new DraftStored(ownerId, draft.getId(), kind));
        return summary(draft);
    }

    /**
     * The member's unexpired drafts, oldest first. Read as summaries, because the wizard asks on every poll and
     * the sealed images (megabytes each) must not come along.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentSummary> list(Long ownerId) {
        return em.createQuery("""
                        select new io.trustmark.document.application.DocumentSummary(d.id, d.kind, d.width, d.height, d.erasedAt)
                        from StoredDocument d where d.ownerId = :o and d.requestId is null and d.draftExpiresAt > :now
                        order by d.id""", DocumentSummary.class)
                .setParameter("o", ownerId)
                .setParameter("now", Instant.now(clock))
                .getResultList();
    }

    /** A draft's clean bytes for machine reading, with the hash they were sealed under. */
    public record DraftImage(Long documentId, DocumentKind kind, byte[] jpeg, String sha256, long perceptualHash) {}

    /**
     * The member's draft {@code documentId}, opened for the reading workers (the system, not a person, looks at it,
     * so it is not a view for the audit trail); empty when it is no longer the member's draft.
     */
    // Why a transaction: on a reading worker a non-transactional entity manager is closed by the container's context
    // reset after the task, which then fails ("closed EntityManager") and logs SEVERE.
    @Transactional
    public java.util.Optional<DraftImage> openForReading(Long ownerId, Long documentId) {
        var d = em.find(StoredDocument.class, documentId);
        if (d == null || !d.isDraft() || d.erased() || !d.getOwnerId().equals(ownerId)) {
            return java.util.Optional.empty();
        }
        var jpeg = vault.unseal(d);
        return java.util.Optional.of(new DraftImage(d.getId(), d.getKind(), jpeg, d.getSha256(), d.getPhash()));
    }

    /**
     * Replaces the member's draft by its copy with {@code boxes} blanked, sealed again; the unmasked ciphertext is
     * overwritten. Only when the draft is still the one read ({@code readSha256}): a member who sent another photo
     * meanwhile gets that one read instead. Returns whether it was replaced.
     */
    @Transactional
    public boolean mask(Long ownerId, Long documentId, String readSha256, java.util.List<PageText.Box> boxes) {
        var d = em.find(StoredDocument.class, documentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (d == null
                || !d.isDraft()
                || d.erased()
                || !d.getOwnerId().equals(ownerId)
                || !d.getSha256().equals(readSha256)) {
            return false;
        }
        var masked = DocumentMask.apply(vault.unseal(d), boxes, d.getPhash());
        d.replaceWithMasked(masked, vault.seal(ownerId, d.getKind(), masked));
        return true;
    }

    /** Deletes all of the member's drafts (the wizard was left or started afresh). */
    @Transactional
    public void discard(Long ownerId) {
        em.createQuery("delete from StoredDocument d where d.ownerId = :o and d.requestId is null")
                .setParameter("o", ownerId)
                .executeUpdate();
    }

    /** Deletes drafts the submitted path does not need (say, a passport photo before choosing the card). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discardExcept(Long ownerId, java.util.Collection<DocumentKind> needed) {
        drafts(ownerId).stream().filter(d -> !needed.contains(d.getKind())).forEach(em::remove);
    }

    /**
     * Makes the member's unexpired drafts part of {@code requestId}; returns what was attached. Runs in the
     * submitting transaction, so a refused submission leaves the drafts as they were.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DocumentKind> attach(Long ownerId, Long requestId) {
        var now = Instant.now(clock);
        return drafts(ownerId).stream()
                .filter(d -> d.getDraftExpiresAt().isAfter(now))
                .peek(d -> d.attachTo(requestId))
                .map(StoredDocument::getKind)
                .toList();
    }

    /** Deletes every expired draft; returns how many. Called by the retention job. */
    @Transactional
    public int deleteExpired() {
        return em.createQuery("delete from StoredDocument d where d.requestId is null and d.draftExpiresAt < :now")
                .setParameter("now", Instant.now(clock))
                .executeUpdate();
    }

    private List<StoredDocument> drafts(Long ownerId) {
        return em.createQuery("""
                        select d from StoredDocument d where d.ownerId = :o and d.requestId is null order by d.id""", StoredDocument.class)
                .setParameter("o", ownerId)
                .getResultList();
    }

    private static DocumentSummary summary(StoredDocument d) {
        return new DocumentSummary(d.getId(), d.getKind(), d.getWidth(), d.getHeight(), null);
    }
}
