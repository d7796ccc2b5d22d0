package io.trustmark.document.domain;

import io.trustmark.document.domain.HandoffRefusedException.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * "Continue on another device": a short-lived link that lets a phone put photos into a member's wizard
 * without signing in. The token in the link is the credential, so the rules are strict:
 * <ul>
 *     <li>only the token's SHA-256 is stored, never the token;</li>
 *     <li>it works until {@link #getExpiresAt()}, and not after the member closed it ({@link #revoke});</li>
 *     <li>it is <em>opened</em> once: the first device is bound by a secret of its own (kept in that
 *     device's session, stored here as a hash), and every later request must come from that device, so a
 *     link read off the screen or out of a browser history is useless to anyone else;</li>
 *     <li>it carries the document kinds the member's request asks for, and nothing else is accepted.</li>
 * </ul>
 */
@Entity
@Table(name = "document_handoff")
public class Handoff {

    /** A new hand-off and its token; the token exists only here, on its way into the link. */
    public record Issued(Handoff handoff, String token) {}

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    /** The document kinds asked for, comma-separated enum names. */
    @Column(nullable = false)
    private String kinds;

    /** The language the member's wizard was in, so the phone speaks it too. */
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    /** SHA-256 of the secret the first device was given; null until it is opened. */
    @Column(name = "device_hash")
    private String deviceHash;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Handoff() {
        // for JPA
    }

    private Handoff(
            Long ownerId,
            String tokenHash,
            Collection<DocumentKind> kinds,
            String language,
            Instant now,
            Duration lifetime) {
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.tokenHash = tokenHash;
        this.kinds = kinds.stream().map(DocumentKind::name).collect(Collectors.joining(","));
        this.language = language;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /** A new hand-off for the member's {@code kinds}, valid for {@code lifetime} from {@code now}. */
    public static Issued issue(
            Long ownerId, Collection<DocumentKind> kinds, String language, Instant now, Duration lifetime) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a hand-off is for at least one photo");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
        }
        var token = HandoffToken.generate();
        return new Issued(new Handoff(ownerId, HandoffToken.hash(token), kinds, language, now, lifetime), token);
    }

    /**
     * A device opens the link with {@code deviceSecret} (the one its session holds, or a fresh one).
     * Returns true if this was the first opening, which binds the hand-off to that device; opening again from
     * the same device (a reload, the camera app returning) is allowed.
     */
    public boolean open(String deviceSecret, Instant now) {
        checkLive(now);
        if (openedAt == null) {
            openedAt = now;
            deviceHash = HandoffToken.hash(deviceSecret);
            return true;
        }
        checkDevice(deviceSecret);
        return false;
    }

    /** Refuses unless the device that opened the link may still send a photo of {@code kind}. */
    public void checkUpload(String deviceSecret, DocumentKind kind, Instant now) {
        checkLive(now);
        checkDevice(deviceSecret);
        if (!getKinds().contains(kind)) {
            throw new HandoffRefusedException(Reason.NOT_NEEDED);
        }
    }

    /** The member left the wizard (or made a new link): the link stops working at once. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isLive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Whether {@code token} is this hand-off's (compared by hash, in constant time). */
    public boolean matches(String token) {
        return token != null && HandoffToken.sameHash(tokenHash, HandoffToken.hash(token));
    }

    private void checkLive(Instant now) {
        if (revokedAt != null) {
            throw new HandoffRefusedException(Reason.CLOSED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new HandoffRefusedException(Reason.EXPIRED);
        }
    }

    private void checkDevice(String deviceSecret) {
        if (openedAt == null
                || deviceSecret == null
                || !HandoffToken.sameHash(deviceHash, HandoffToken.hash(deviceSecret))) {
            throw new HandoffRefusedException(Reason.OTHER_DEVICE);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public List<DocumentKind> getKinds() {
        return Arrays.stream(kinds.split(",")).map(DocumentKind::valueOf).toList();
    }

    public String getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public boolean isOpened() {
        return openedAt != null;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
