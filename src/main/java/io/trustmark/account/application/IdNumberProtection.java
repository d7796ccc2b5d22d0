package io.trustmark.account.application;

import java.util.List;

/**
 * How ID and passport numbers are kept out of the database in clear: sealed (AES-GCM under the document keys,
 * the key id stored with the value, so the key rotation reseals them) and, for uniqueness and look-ups, a keyed
 * fingerprint (a blind index, HMAC-SHA256 under a key derived from the current document key).
 * <p>
 * Implemented where the keys are ({@code document.infrastructure}): documents already depend on accounts, so the
 * account feature states what it needs and the document feature provides it, without a cycle.
 */
public interface IdNumberProtection {

    /** {@code keyId:base64(nonce|ciphertext)}; {@code context} names the column, bound as associated data. */
    String seal(String number, String context);

    /** The number sealed by {@link #seal}; fails if the value was moved to another column. */
    String open(String sealed, String context);

    /** The key id a sealed value names. */
    static String keyIdOf(String sealed) {
        int colon = sealed.lastIndexOf(':');
        return colon < 0 ? null : sealed.substring(0, colon);
    }

    /** The fingerprint stored with a new value: under the current key. */
    String fingerprint(String number);

    /**
     * The fingerprints of {@code number} under every configured key, current first: a look-up matches rows
     * written before a key rotation whose fingerprints the rotation has not yet recomputed.
     */
    List<String> fingerprints(String number);

    /** Whether values can be sealed at all (a document key is configured). */
    boolean available();

    /** The id of the key new values are sealed under. */
    String currentKeyId();
}
