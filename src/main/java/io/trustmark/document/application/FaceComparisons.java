package io.trustmark.document.application;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.document.domain.DocumentAccess;
import io.trustmark.document.domain.DocumentAccess.Answer;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.FaceBand;
import io.trustmark.document.domain.FaceComparison;
import io.trustmark.document.domain.StoredDocument;
import io.trustmark.document.infrastructure.DocumentKeyring;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.concurrent.Workers;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compares the member's face photo with the portrait on their ID card or passport page whenever either is stored,
 * off the request thread on the face aid's bounded workers, and keeps the outcome for the reviewer
 * ({@link FaceComparison}). The reviewer opens the two crops like documents: admins only, audited.
 */
@ApplicationScoped
public class FaceComparisons {

    private static final Logger LOG = Logger.getLogger(FaceComparisons.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    FaceAid faceAid;

    @Inject
    DocumentIntake intake;

    @Inject
    DocumentVault vault;

    @Inject
    DocumentKeyring keyring;

    @Inject
    AuditLog audit;

    @Inject
    CurrentMember viewer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.face.queue", defaultValue = "16")
    int queue;

    @Inject
    @ConfigProperty(name = "trustmark.face.compare.enabled", defaultValue = "true")
    boolean compareEnabled;

    /** Makes the comparison workers' threads (see {@link Workers} for why not the managed executor). */
    @Resource
    ManagedThreadFactory threadFactory;

    /** The face aid's workers and a short queue; beyond it a comparison is skipped, not queued. */
    private Workers workers;

    /** At deployment, not in a request: the workers' threads are made here. */
    void start(@Observes SchemaReady ready) {
        if (compareEnabled && faceAid.available()) {
            workers = new Workers(threadFactory, faceAid.workers(), queue);
        }
    }

    @PreDestroy
    void stop() {
        if (workers != null) {
            workers.stop();
        }
    }

    /** What the review page shows; {@code similarity} and {@code liveness} are null when nothing was compared. */
    public record View(
            Long faceDocumentId,
            FaceBand band,
            Double similarity,
            Double liveness,
            boolean selfieCrop,
            boolean cardCrop) {}

    /** A face photo or an identity document was stored: compare them, if both are there and the aid runs here. */
    void onDraftStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) DraftStored stored) {
        if (workers == null
                || !(stored.kind() == DocumentKind.FACE || stored.kind().identityDocument())) {
            return;
        }
        boolean taken = workers.offer(() -> {
            try {
                compareLatest(stored.ownerId());
            } catch (RuntimeException e) {
                // An aid: the upload stands and the reviewer judges by eye.
                LOG.log(Level.WARNING, "Face comparison failed for a member's photos", e);
            }
        });
        if (!taken) {
            LOG.warning("Face aid busy: a face photo is left to the reviewer's eye");
        }
    }

    /** This bean through its proxy, so the transactions of {@link #photos} and {@link #store} apply on a worker. */
    @Inject
    FaceComparisons self;

    /** The member's latest face photo and identity document, opened for the models. */
    public record Photos(Long faceId, byte[] face, Long cardId, byte[] card) {}

    /** Compares the member's latest face photo with their latest identity document (drafts or just submitted). */
    void compareLatest(Long ownerId) {
        Photos photos = self.photos(ownerId);
        if (photos == null) {
            return;
        }
        var outcome = faceAid.compare(photos.face(), photos.card(), intake.decodeBudget());
        if (outcome != null) {
            self.store(photos.faceId(), photos.cardId(), ownerId, outcome);
        }
    }

    /** The two images, unsealed in one short transaction; null unless both are there. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Photos photos(Long ownerId) {
        var face = latest(ownerId, "d.kind = :face");
        var card = latest(ownerId, "d.kind in (:card, :passport)");
        if (face == null || card == null) {
            return null;
        }
        return new Photos(face.getId(), vault.unseal(face), card.getId(), vault.unseal(card));
    }

    private StoredDocument latest(Long ownerId, String kinds) {
        var query = em.createQuery(
                        "select d from StoredDocument d where d.ownerId = :o and d.erasedAt is null and " + kinds
                                + " order by d.id desc",
                        StoredDocument.class)
                .setParameter("o", ownerId)
                .setMaxResults(1);
        if (kinds.contains(":face")) {
            query.setParameter("face", DocumentKind.FACE);
        } else {
            query.setParameter("card", DocumentKind.ID_CARD_FRONT).setParameter("passport", DocumentKind.PASSPORT_PAGE);
        }
        return query.getResultList().stream().findFirst().orElse(null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(Long faceId, Long cardId, Long ownerId, FaceAid.Comparison outcome) {
        if (em.find(StoredDocument.class, faceId) == null || em.find(StoredDocument.class, cardId) == null) {
            return; // replaced or discarded while the models ran
        }
        var old = em.find(FaceComparison.class, faceId);
        if (old != null) {
            em.remove(old);
            em.flush();
        }
        var key = keyring.current();
        em.persist(new FaceComparison(
                faceId,
                cardId,
                ownerId,
                outcome.band(),
                outcome.similarity(),
                outcome.liveness(),
                outcome.millis(),
                outcome.selfieCrop() == null
                        ? null
                        : key.seal(outcome.selfieCrop(), FaceComparison.associatedData(faceId, true)),
                outcome.cardCrop() == null
                        ? null
                        : key.seal(outcome.cardCrop(), FaceComparison.associatedData(faceId, false)),
                Instant.now(clock)));
    }

    /** Whether request {@code requestId} carries a face photo (a Trusted request), compared or not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasFacePhoto(Long requestId) {
        return em.createQuery(
                                "select count(d) from StoredDocument d where d.requestId = :r and d.kind = :face",
                                Long.class)
                        .setParameter("r", requestId)
                        .setParameter("face", DocumentKind.FACE)
                        .getSingleResult()
                > 0;
    }

    /** The comparison of the face photo of request {@code requestId}, if one was made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<View> forRequest(Long requestId) {
        return em
                .createQuery("""
                        select c from FaceComparison c where c.faceDocumentId in
                        (select d.id from StoredDocument d where d.requestId = :r and d.kind = :face)""", FaceComparison.class)
                .setParameter("r", requestId)
                .setParameter("face", DocumentKind.FACE)
                .getResultList()
                .stream()
                .findFirst()
                .map(c -> new View(
                        c.getFaceDocumentId(),
                        c.getBand(),
                        c.getSimilarity(),
                        c.getLiveness(),
                        c.crop(true) != null,
                        c.crop(false) != null));
    }

    /**
     * A crop for a reviewer: the same rule as the face photo itself ({@link DocumentAccess#review}), audited as a
     * view of the face photo (for the selfie) or of the identity document (for the card's portrait).
     */
    @Transactional
    public DocumentVault.Opening openCrop(Long faceDocumentId, boolean selfie) {
        boolean admin = viewer.isAdmin();
        var comparison = faceDocumentId == null ? null : em.find(FaceComparison.class, faceDocumentId);
        var shownId = comparison == null ? null : selfie ? faceDocumentId : comparison.getCardDocumentId();
        var document = shownId == null ? null : em.find(StoredDocument.class, shownId);
        var answer = DocumentAccess.review(admin, document);
        if (answer != Answer.OPEN) {
            return DocumentVault.Opening.refused(answer);
        }
        var sealed = comparison.crop(selfie);
        if (sealed == null) {
            return DocumentVault.Opening.refused(Answer.NOT_FOUND);
        }
        var bytes =
                keyring.forKeyId(sealed.keyId()).open(sealed, FaceComparison.associatedData(faceDocumentId, selfie));
        audit.record(
                viewer.account().orElseThrow().getId(),
                DocumentAudit.DOCUMENT_VIEWED,
                DocumentAudit.Subject.DOCUMENT,
                shownId,
                selfie ? "face crop" : "portrait crop");
        return new DocumentVault.Opening(Answer.OPEN, new DocumentVault.OpenedDocument(shownId, "image/jpeg", bytes));
    }
}
