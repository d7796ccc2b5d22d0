package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.AesGcm.OpenFailedException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final byte[] AAD = "id-card-front|member:42".getBytes(StandardCharsets.UTF_8);

    private final byte[] key = AesGcm.newKey();
    private final AesGcm aes = new AesGcm("k1", key);
    private final byte[] plaintext = randomBytes(5000);

    @Test
    void roundTrips() {
        Sealed sealed = aes.seal(plaintext, AAD);

        assertEquals("k1", sealed.keyId());
        assertEquals(12, sealed.nonce().length);
        assertEquals(plaintext.length + 16, sealed.ciphertext().length, "ciphertext carries the 128-bit tag");
        assertFalse(Arrays.equals(plaintext, Arrays.copyOf(sealed.ciphertext(), plaintext.length)));
        assertArrayEquals(plaintext, aes.open(sealed, AAD));
    }

    @Test
    void roundTripsEmptyPlaintext() {
        assertArrayEquals(new byte[0], aes.open(aes.seal(new byte[0], AAD), AAD));
    }

    @Test
    void refusesTamperedCiphertextTagOrNonce() {
        Sealed sealed = aes.seal(plaintext, AAD);

        byte[] body = sealed.ciphertext().clone();
        body[100] ^= 0x01;
        byte[] tag = sealed.ciphertext().clone();
        tag[tag.length - 1] ^= 0x01;
        byte[] nonce = sealed.nonce().clone();
        nonce[0] ^= 0x01;

        assertThrows(OpenFailedException.class, () -> aes.open(new Sealed("k1", sealed.nonce(), body), AAD));
        assertThrows(OpenFailedException.class, () -> aes.open(new Sealed("k1", sealed.nonce(), tag), AAD));
        assertThrows(OpenFailedException.class, () -> aes.open(new Sealed("k1", nonce, sealed.ciphertext()), AAD));
    }

    @Test
    void refusesWrongAssociatedData() {
        Sealed sealed = aes.seal(plaintext, AAD);
        byte[] otherOwner = "id-card-front|member:43".getBytes(StandardCharsets.UTF_8);

        assertThrows(OpenFailedException.class, () -> aes.open(sealed, otherOwner));
    }

    @Test
    void refusesBlobSealedUnderAnotherKeyId() {
        Sealed sealed = aes.seal(plaintext, AAD);

        // Same key bytes under another id: refused on the id alone, before any decryption.
        OpenFailedException sameBytes =
                assertThrows(OpenFailedException.class, () -> new AesGcm("k2", key).open(sealed, AAD));
        assertTrue(
                sameBytes.getMessage().contains("k1") && sameBytes.getMessage().contains("k2"));
        // Another key claiming the blob's id: refused by the tag.
        assertThrows(OpenFailedException.class, () -> new AesGcm("k1", AesGcm.newKey()).open(sealed, AAD));
    }

    @Test
    void sealingTheSamePlaintextTwiceDiffers() {
        Sealed first = aes.seal(plaintext, AAD);
        Sealed second = aes.seal(plaintext, AAD);

        assertFalse(Arrays.equals(first.nonce(), second.nonce()));
        assertFalse(Arrays.equals(first.ciphertext(), second.ciphertext()));
    }

    @Test
    void requiresAssociatedData() {
        assertThrows(IllegalArgumentException.class, () -> aes.seal(plaintext, null));
        assertThrows(IllegalArgumentException.class, () -> aes.seal(plaintext, new byte[0]));
    }

    @Test
    void readsBase64KeyFromConfiguration() {
        String base64 = Base64.getEncoder().encodeToString(key);
        AesGcm configured = AesGcm.fromBase64("k1", base64 + "\n");

        assertArrayEquals(plaintext, configured.open(aes.seal(plaintext, AAD), AAD));
        assertFalse(configured.toString().contains(base64));
    }

    @Test
    void refusesBase64KeyOfWrongLengthWithoutRevealingIt() {
        String shortKey = Base64.getEncoder().encodeToString(randomBytes(16));

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> AesGcm.fromBase64("prod-2025", shortKey));

        assertTrue(refused.getMessage().contains("prod-2025"), refused.getMessage());
        assertTrue(refused.getMessage().contains("32"), refused.getMessage());
        assertFalse(refused.getMessage().contains(shortKey));
    }

    @Test
    void refusesMalformedBase64WithoutRevealingIt() {
        String garbled = "not*base64*at*all*" + Base64.getEncoder().encodeToString(randomBytes(24));

        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> AesGcm.fromBase64("prod-2025", garbled));

        assertFalse(refused.getMessage().contains(garbled));
        assertNull(refused.getCause(), "the decoder's message would quote the key");
    }

    @Test
    void refusesRawKeyOfWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new AesGcm("k1", new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> new AesGcm(" ", key));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }
}
