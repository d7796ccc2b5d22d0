package io.trustmark.document.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sanitised image sealed with AES-256-GCM. It lives in the database (not on a node's disk) so every
 * node can serve it; only the key, from configuration, opens it.
 */
@Entity
@Table(name = "stored_document")
public class StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    /** Null while the document is a draft: uploaded in the wizard, not yet part of a submitted request. */
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    private int width;

    private int height;

    @Column(name = "byte_size")
    private int byteSize;

    @Column(nullable = false)
    private String sha256;

    /** {@link SanitizedImage#perceptualHash()}, and its four 16-bit bands for the index (see V3). */
    private Long phash;

    @Column(name = "phash_band0")
    private Integer phashBand0;

    @Column(name = "phash_band1")
    private Integer phashBand1;

    @Column(name = "phash_band2")
    private Integer phashBand2;

    @Column(name = "phash_band3")
    private Integer phashBand3;

    @Column(name = "key_id")
    private String keyId;

    private byte[] nonce;

    private byte[] ciphertext;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the image was erased (the column keeps its first name); null while the image is there. */
    @Column(name = "purged_at")
    private Instant erasedAt;

    @Column(name = "draft_expires_at")
    private Instant draftExpiresAt;

    protected StoredDocument() {
        // for JPA
    }

    public StoredDocument(
            Long requestId, Long ownerId, DocumentKind kind, SanitizedImage image, Sealed sealed, Instant now) {
        this.requestId = requestId;
        this.ownerId = ownerId;
        this.kind = kind;
        this.mediaType = "image/jpeg";
        this.width = image.width();
        this.height = image.height();
        this.byteSize = image.jpeg().length;
        this.sha256 = image.sha256Hex();
        this.phash = image.perceptualHash();
        this.phashBand0 = band(phash, 0);
        this.phashBand1 = band(phash, 1);
        this.phashBand2 = band(phash, 2);
        this.phashBand3 = band(phash, 3);
        this.keyId = sealed.keyId();
        this.nonce = sealed.nonce();
        this.ciphertext = sealed.ciphertext();
        this.createdAt = now;
    }

    /**
     * Associated data bound into the seal: a blob copied onto another document row fails to open.
     */
    public static byte[] associatedData(Long ownerId, DocumentKind kind, String sha256) {
        return (ownerId + "/" + kind + "/" + sha256).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] associatedData() {
        return associatedData(ownerId, kind, sha256);
    }

    /**
     * One of the four 16-bit slices of a perceptual hash. Two hashes at most three bits apart agree on at
     * least one slice (four slices, at most three differing bits), which is what makes the index complete.
     */
    public static int band(long hash, int index) {
        return (int) ((hash >>> (16 * index)) & 0xFFFF);
    }

    public Sealed sealed() {
        return new Sealed(keyId, nonce, ciphertext);
    }

    /** Replaces the seal, after the same plaintext was sealed again under another key (key rotation). */
    public void reseal(Sealed resealed) {
        if (erased()) {
            throw new IllegalStateException("Document " + id + " was erased; there is nothing to reseal");
        }
        this.keyId = resealed.keyId();
        this.nonce = resealed.nonce();
        this.ciphertext = resealed.ciphertext();
    }

    /**
     * Replaces the image by a masked copy of it ({@link DocumentMask}) while it is still a draft: the new bytes,
     * sealed under their own hash; the old ciphertext is overwritten in this row, so no copy of the unmasked image
     * is kept.
     */
    public void replaceWithMasked(SanitizedImage masked, Sealed sealed) {
        if (!isDraft() || erased()) {
            throw new IllegalStateException("Document " + id + " is no longer a draft");
        }
        this.width = masked.width();
        this.height = masked.height();
        this.byteSize = masked.jpeg().length;
        this.sha256 = masked.sha256Hex();
        this.keyId = sealed.keyId();
        this.nonce = sealed.nonce();
        this.ciphertext = sealed.ciphertext();
    }

    public String getKeyId() {
        return keyId;
    }

    public Long getPhash() {
        return phash;
    }

    /** A document uploaded in the wizard that is deleted at {@code expiresAt} unless a request takes it first. */
    public static StoredDocument draft(
            Long ownerId, DocumentKind kind, SanitizedImage image, Sealed sealed, Instant now, Instant expiresAt) {
        var draft = new StoredDocument(null, ownerId, kind, image, sealed, now);
        draft.draftExpiresAt = expiresAt;
        return draft;
    }

    public boolean isDraft() {
        return requestId == null;
    }

    /** Makes a draft part of a submitted request; from then on only retention removes its image. */
    public void attachTo(Long requestId) {
        if (!isDraft()) {
            throw new IllegalStateException("Document " + id + " already belongs to request " + this.requestId);
        }
        this.requestId = java.util.Objects.requireNonNull(requestId);
        this.draftExpiresAt = null;
    }

    /** Erases the image itself; the row, the outcome and the hashes stay for the record. */
    public void erase(Instant now) {
        keyId = null;
        nonce = null;
        ciphertext = null;
        erasedAt = now;
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public Instant getDraftExpiresAt() {
        return draftExpiresAt;
    }

    public String getSha256() {
        return sha256;
    }
}
