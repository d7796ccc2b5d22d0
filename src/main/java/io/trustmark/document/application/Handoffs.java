package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.Handoff;
import io.trustmark.document.domain.HandoffRefusedException;
import io.trustmark.document.domain.HandoffRefusedException.Reason;
import io.trustmark.document.domain.HandoffToken;
import io.trustmark.document.domain.SanitizedImage;
import io.trustmark.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Continue on another device" (see {@link Handoff} for the rules): the wizard makes a link, a phone opens
 * it once and sends photos through the same intake into the member's drafts, and leaving the wizard closes
 * it. Every step is in the audit trail under subject {@code HANDOFF} ({@link DocumentAudit}).
 */
@ApplicationScoped
public class Handoffs {

    /** The page the link opens, outside /member: the phone has no session, the token is its credential. */
    public static final String PATH = "/handoff";

    /** What the wizard shows: the link (for the QR code and as text) and when it stops working. */
    public record Link(Long id, String url, Instant expiresAt) implements Serializable {}

    /** What the phone may know after opening: which photos, in which language. Nothing about the member. */
    public record Opened(Long id, List<DocumentKind> kinds, String language, Instant expiresAt, boolean first) {}

    /** What the wizard polls: whether the link still works and whether a phone has opened it. */
    public record Status(boolean live, boolean opened, Instant expiresAt) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    DocumentDrafts drafts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.document.handoff-minutes", defaultValue = "10")
    long minutes;

    @Inject
    @ConfigProperty(name = "trustmark.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * A new link for the member's {@code kinds}; any link the member still had is closed, so there is only
     * ever one that works.
     */
    @Transactional
    public Link issue(Long ownerId, Collection<DocumentKind> kinds, String language) {
        closeAll(ownerId);
        var issued = Handoff.issue(ownerId, kinds, language, now(), Duration.ofMinutes(minutes));
        var handoff = issued.handoff();
        em.persist(handoff);
        em.flush();
        audit.record(
                ownerId,
                DocumentAudit.HANDOFF_CREATED,
                DocumentAudit.Subject.HANDOFF,
                handoff.getId(),
                String.join(",", kinds.stream().map(Enum::name).toList()));
        return new Link(handoff.getId(), baseUrl + PATH + "?t=" + issued.token(), handoff.getExpiresAt());
    }

    /**
     * A device opens the link. The row is locked, so of two devices opening at once exactly one wins. A
     * refusal of another device is audited (someone else holds the link) and is not rolled back.
     */
    @Transactional(dontRollbackOn = HandoffRefusedException.class)
    public Opened open(String token, String deviceSecret) {
        var handoff = byToken(token).orElseThrow(() -> new HandoffRefusedException(Reason.UNKNOWN));
        boolean first;
        try {
            first = handoff.open(deviceSecret, now());
        } catch (HandoffRefusedException e) {
            if (e.reason() == Reason.OTHER_DEVICE) {
                audit.record(
                        handoff.getOwnerId(),
                        DocumentAudit.HANDOFF_REFUSED,
                        DocumentAudit.Subject.HANDOFF,
                        handoff.getId(),
                        "opened by a second device");
            }
            throw e;
        }
        if (first) {
            audit.record(
                    handoff.getOwnerId(),
                    DocumentAudit.HANDOFF_OPENED,
                    DocumentAudit.Subject.HANDOFF,
                    handoff.getId(),
                    null);
        }
        return new Opened(handoff.getId(), handoff.getKinds(), handoff.getLanguage(), handoff.getExpiresAt(), first);
    }

    /** The cheap checks before a photo is run through the intake, so a dead link costs no decoding. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkUpload(Long handoffId, String deviceSecret, DocumentKind kind) {
        find(handoffId).checkUpload(deviceSecret, kind, now());
    }

    /**
     * Keeps a photo the intake accepted as the member's draft of {@code kind}, as if chosen in the wizard;
     * checked again under the row lock, since the link may have closed while the photo was decoded.
     */
    @Transactional
    public DocumentSummary put(Long handoffId, String deviceSecret, DocumentKind kind, SanitizedImage image) {
        var handoff = em.find(Handoff.class, handoffId, LockModeType.PESSIMISTIC_WRITE);
        if (handoff == null) {
            throw new HandoffRefusedException(Reason.UNKNOWN);
        }
        handoff.checkUpload(deviceSecret, kind, now());
        var draft = drafts.put(handoff.getOwnerId(), kind, image);
        audit.record(
                handoff.getOwnerId(),
                DocumentAudit.HANDOFF_UPLOADED,
                DocumentAudit.Subject.HANDOFF,
                handoff.getId(),
                kind.name() + " as draft " + draft.id());
        return draft;
    }

    /** The kinds the member already has a photo of, for the phone's list (the photos themselves stay private). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentKind> received(Long handoffId) {
        return drafts.list(find(handoffId).getOwnerId()).stream()
                .map(DocumentSummary::kind)
                .toList();
    }

    /** The state of the member's own link; empty if it is not theirs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Status> status(Long handoffId, Long ownerId) {
        return Optional.ofNullable(em.find(Handoff.class, handoffId))
                .filter(h -> h.getOwnerId().equals(ownerId))
                .map(h -> new Status(h.isLive(now()), h.isOpened(), h.getExpiresAt()));
    }

    /** Closes every link of the member that still works: the member left the wizard, or started it again. */
    @Transactional
    public void closeAll(Long ownerId) {
        var now = now();
        em.createQuery(
                        "select h from Handoff h where h.ownerId = :o and h.revokedAt is null and h.expiresAt > :now",
                        Handoff.class)
                .setParameter("o", ownerId)
                .setParameter("now", now)
                .getResultList()
                .forEach(h -> {
                    h.revoke(now);
                    audit.record(ownerId, DocumentAudit.HANDOFF_CLOSED, DocumentAudit.Subject.HANDOFF, h.getId(), null);
                });
    }

    /**
     * Deletes the links that stopped working before {@code cutoff} (the retention policy says when): a row
     * that opens nothing is still personal data (whose link, from which device). The audit trail keeps what
     * happened with each link; an old link then answers like one that never existed. Returns how many.
     */
    @Transactional
    public int deleteEndedBefore(Instant cutoff) {
        return em.createQuery("delete from Handoff h where h.expiresAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    private Optional<Handoff> byToken(String token) {
        if (!HandoffToken.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select h from Handoff h where h.tokenHash = :h", Handoff.class)
                .setParameter("h", HandoffToken.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private Handoff find(Long handoffId) {
        var handoff = handoffId == null ? null : em.find(Handoff.class, handoffId);
        if (handoff == null) {
            throw new HandoffRefusedException(Reason.UNKNOWN);
        }
        return handoff;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
