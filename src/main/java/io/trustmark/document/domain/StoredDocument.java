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

    @Column(name = "request_id", nullable = false)
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

    @Column(name = "key_id")
    private String keyId;

    private byte[] nonce;

    private byte[] ciphertext;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "purged_at")
    private Instant purgedAt;

    protected StoredDocument() {
        // for JPA
    }

    public StoredDocument(Long requestId, Long ownerId, DocumentKind kind, SanitizedImage image, Sealed sealed,
                          Instant now) {
        this.requestId = requestId;
        this.ownerId = ownerId;
        this.kind = kind;
        this.mediaType = "image/jpeg";
        this.width = image.width();
        this.height = image.height();
        this.byteSize = image.jpeg().length;
        this.sha256 = image.sha256Hex();
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

    public Sealed sealed() {
        return new Sealed(keyId, nonce, ciphertext);
    }

    /** Erases the image itself; the outcome and the hash stay for the record. */
    public void purge(Instant now) {
        keyId = null;
        nonce = null;
        ciphertext = null;
        purgedAt = now;
    }

    public boolean purged() {
        return purgedAt != null;
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

    public String getSha256() {
        return sha256;
    }
}
