package io.trustmark.document.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The face aid's comparison of a face photo with the portrait on the member's identity document (V15): the band,
 * the scores, and the two face crops sealed under the document key. An aid for the reviewer, never a decision.
 */
@Entity
@Table(name = "face_comparison")
public class FaceComparison {

    @Id
    @Column(name = "face_document_id")
    private Long faceDocumentId;

    @Column(name = "card_document_id", nullable = false)
    private Long cardDocumentId;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FaceBand band;

    private Double similarity;

    private Double liveness;

    private Integer millis;

    @Column(name = "key_id")
    private String keyId;

    @Column(name = "face_nonce")
    private byte[] faceNonce;

    @Column(name = "face_crop")
    private byte[] faceCrop;

    @Column(name = "card_nonce")
    private byte[] cardNonce;

    @Column(name = "card_crop")
    private byte[] cardCrop;

    @Column(name = "compared_at", nullable = false)
    private Instant comparedAt;

    protected FaceComparison() {}

    public FaceComparison(
            Long faceDocumentId,
            Long cardDocumentId,
            Long ownerId,
            FaceBand band,
            double similarity,
            double liveness,
            long millis,
            Sealed faceCrop,
            Sealed cardCrop,
            Instant comparedAt) {
        this.faceDocumentId = faceDocumentId;
        this.cardDocumentId = cardDocumentId;
        this.ownerId = ownerId;
        this.band = band;
        this.similarity = similarity;
        this.liveness = liveness;
        this.millis = (int) Math.min(Integer.MAX_VALUE, millis);
        Sealed any = faceCrop != null ? faceCrop : cardCrop;
        this.keyId = any == null ? null : any.keyId();
        if (faceCrop != null) {
            this.faceNonce = faceCrop.nonce();
            this.faceCrop = faceCrop.ciphertext();
        }
        if (cardCrop != null) {
            this.cardNonce = cardCrop.nonce();
            this.cardCrop = cardCrop.ciphertext();
        }
        this.comparedAt = comparedAt;
    }

    /** What a crop is sealed with, so a crop can be opened only as the crop of this comparison's side. */
    public static byte[] associatedData(Long faceDocumentId, boolean selfie) {
        return ("face-crop/" + faceDocumentId + "/" + (selfie ? "selfie" : "card"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The sealed crop of the selfie ({@code selfie}) or of the card; null when no face was found there. */
    public Sealed crop(boolean selfie) {
        byte[] nonce = selfie ? faceNonce : cardNonce;
        byte[] data = selfie ? faceCrop : cardCrop;
        return data == null ? null : new Sealed(keyId, nonce, data);
    }

    public Long getFaceDocumentId() {
        return faceDocumentId;
    }

    public Long getCardDocumentId() {
        return cardDocumentId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public FaceBand getBand() {
        return band;
    }

    public Double getSimilarity() {
        return similarity;
    }

    public Double getLiveness() {
        return liveness;
    }

    public Integer getMillis() {
        return millis;
    }
}
