package io.trustmark.document.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts documents at rest with AES-256-GCM under one named key.
 *
 * <p>Each blob gets a fresh random 12-byte nonce; with random nonces a key must not seal more
 * than about 2<sup>32</sup> blobs, far beyond this application's volume. The caller's
 * associated data (for example the document's purpose and owner) is authenticated but not
 * stored, so a ciphertext moved to another owner's row fails to open instead of being shown
 * to the wrong person.
 *
 * <p>Thread-safe: a {@link Cipher} is stateful, so every call creates its own.
 */
public final class AesGcm {

    private static final int KEY_BYTES = 32;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String keyId;
    private final SecretKeySpec key;

    /**
     * @param keyId stored with every blob this instance seals
     * @param key32 the 256-bit key; copied, so the caller may wipe its array
     */
    public AesGcm(String keyId, byte[] key32) {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("keyId is required");
        }
        if (key32 == null || key32.length != KEY_BYTES) {
            throw new IllegalArgumentException("Key '" + keyId + "' must be " + KEY_BYTES + " bytes, got "
                    + (key32 == null ? "none" : key32.length));
        }
        this.keyId = keyId;
        this.key = new SecretKeySpec(key32, "AES");
    }

    /**
     * Builds an instance from a Base64 key as kept in configuration. Error messages name the
     * key id but never echo the value, as they end up in logs.
     *
     * @throws IllegalArgumentException if the value is not Base64 or not 32 bytes once decoded
     */
    public static AesGcm fromBase64(String keyId, String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException("Key '" + keyId + "' is not configured");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            // Not chained: the decoder's message quotes an offending character of the key.
            throw new IllegalArgumentException("Key '" + keyId + "' is not valid Base64");
        }
        try {
            if (raw.length != KEY_BYTES) {
                throw new IllegalArgumentException(
                        "Key '" + keyId + "' must decode to " + KEY_BYTES + " bytes (AES-256), got " + raw.length);
            }
            return new AesGcm(keyId, raw);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /** Generates a random 256-bit key, for example to provision a new key id. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public String keyId() {
        return keyId;
    }

    /**
     * Encrypts under a fresh random nonce.
     *
     * @param aad the blob's context; the same bytes must be passed to {@link #open}. Required
     *            and non-empty, so that no blob is ever sealed without binding it to its owner.
     */
    public Sealed seal(byte[] plaintext, byte[] aad) {
        if (plaintext == null) {
            throw new IllegalArgumentException("plaintext is required");
        }
        requireAad(aad);
        byte[] nonce = new byte[Sealed.NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.updateAAD(aad);
            return new Sealed(keyId, nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Decrypts and authenticates a blob.
     *
     * @param aad the same context bytes that were passed to {@link #seal}
     * @throws OpenFailedException if the blob was sealed under another key id, or if the
     *                             ciphertext, nonce or associated data do not authenticate
     */
    public byte[] open(Sealed sealed, byte[] aad) {
        if (sealed == null) {
            throw new IllegalArgumentException("sealed is required");
        }
        requireAad(aad);
        if (!keyId.equals(sealed.keyId())) {
            throw new OpenFailedException(
                    "Blob was sealed with key '" + sealed.keyId() + "', this is key '" + keyId + "'");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.nonce());
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new OpenFailedException("Blob failed authentication under key '" + keyId
                    + "': tampered, or opened with the wrong associated data");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /**
     * A keyed fingerprint of {@code value} for {@code purpose} (a blind index): equal values give equal
     * fingerprints under the same key, so a column can be unique and searched without holding the value.
     * The HMAC key is derived from this key and the purpose, so the AES key itself never keys an HMAC and
     * two purposes never share fingerprints.
     */
    public byte[] fingerprint(String purpose, byte[] value) {
        if (purpose == null || purpose.isBlank() || value == null) {
            throw new IllegalArgumentException("purpose and value are required");
        }
        try {
            var derive = javax.crypto.Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] subKey = derive.doFinal(("trustmark fingerprint " + purpose).getBytes(StandardCharsets.UTF_8));
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subKey, "HmacSHA256"));
            Arrays.fill(subKey, (byte) 0);
            return mac.doFinal(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(Sealed.TAG_BYTES * Byte.SIZE, nonce));
        return cipher;
    }

    private static void requireAad(byte[] aad) {
        if (aad == null || aad.length == 0) {
            throw new IllegalArgumentException("Associated data is required to bind the blob to its context");
        }
    }

    @Override
    public String toString() {
        return "AesGcm[keyId=" + keyId + "]";
    }

    /** A sealed blob could not be opened: wrong key id, tampering or mismatched associated data. */
    public static final class OpenFailedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OpenFailedException(String message) {
            super(message);
        }
    }
}
