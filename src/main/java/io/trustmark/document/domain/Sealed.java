package io.trustmark.document.domain;

import java.util.Objects;

/**
 * A blob encrypted by {@link AesGcm}, in the three parts that must be stored together.
 *
 * <p>The arrays are not copied, because ciphertexts of document images are large; treat them
 * as read-only.
 *
 * @param keyId      identifies the key that sealed the blob, so keys can be rotated while old
 *                   blobs stay readable
 * @param nonce      the 12-byte GCM nonce, unique per blob
 * @param ciphertext the encrypted bytes followed by the 16-byte authentication tag
 */
public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {

    /** GCM's recommended nonce size; other sizes are hashed into one, costing uniqueness margin. */
    public static final int NONCE_BYTES = 12;
    /** The full 128-bit tag; shorter tags weaken forgery resistance. */
    public static final int TAG_BYTES = 16;

    public Sealed {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("keyId is required");
        }
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("nonce must be " + NONCE_BYTES + " bytes, got " + nonce.length);
        }
        if (ciphertext.length < TAG_BYTES) {
            throw new IllegalArgumentException("ciphertext is shorter than the " + TAG_BYTES + "-byte tag");
        }
    }

    @Override
    public String toString() {
        return "Sealed[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
    }
}
