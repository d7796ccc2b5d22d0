package io.trustmark.document.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of a hand-off: the token in the link (the phone's only credential) and the device secret that
 * binds the hand-off to the first phone that opens it. Both are 256 random bits, written URL-safe; only their
 * SHA-256 is ever stored, so a copy of the database opens nothing.
 */
public final class HandoffToken {

    /** 32 bytes = 256 bits, well above the 128 a guessed link would have to beat. */
    static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private HandoffToken() {}

    /** A fresh random secret, 43 characters of base64url without padding. */
    public static String generate() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored in place of {@code secret}: its SHA-256, 64 lower-case hex digits. */
    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Whether {@code text} has the shape of a token, checked before it is hashed and looked up, so a
     * pasted fragment or a megabyte of junk in the query string costs nothing.
     */
    public static boolean wellFormed(String text) {
        return text != null
                && text.length() == 43
                && text.chars()
                        .allMatch(c -> c >= 'A' && c <= 'Z'
                                || c >= 'a' && c <= 'z'
                                || c >= '0' && c <= '9'
                                || c == '-'
                                || c == '_');
    }

    /** Compares two stored hashes in constant time. */
    static boolean sameHash(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
