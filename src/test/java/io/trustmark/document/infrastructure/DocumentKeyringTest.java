package io.trustmark.document.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trustmark.document.domain.AesGcm;
import io.trustmark.document.domain.Sealed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Key rotation as configured: the new key seals, the old one still opens what it sealed. */
class DocumentKeyringTest {

    private static final byte[] IMAGE = "a sealed ID card".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD = "42/ID_CARD_FRONT/abc".getBytes(StandardCharsets.UTF_8);
    private final String oldKey = Base64.getEncoder().encodeToString(AesGcm.newKey());
    private final String newKey = Base64.getEncoder().encodeToString(AesGcm.newKey());

    @Test
    void aRotatedKeyStillOpensWhatItSealedAndTheNewKeyReseals() {
        Sealed underOld = keyring("k1", oldKey, null).current().seal(IMAGE, AAD);

        DocumentKeyring rotated = keyring("k2", newKey, "k1:" + oldKey);
        assertEquals("k2", rotated.current().keyId());
        assertEquals(Set.of("k1", "k2"), rotated.keyIds());
        byte[] opened = rotated.forKeyId(underOld.keyId()).open(underOld, AAD);
        assertArrayEquals(IMAGE, opened);

        Sealed resealed = rotated.current().seal(opened, AAD);
        assertEquals("k2", resealed.keyId());
        DocumentKeyring afterRemoval = keyring("k2", newKey, null);
        assertArrayEquals(IMAGE, afterRemoval.forKeyId(resealed.keyId()).open(resealed, AAD));
        assertThrows(IllegalStateException.class, () -> afterRemoval.forKeyId("k1"), "a removed key opens nothing");
    }

    @Test
    void severalOldKeysAndMalformedEntries() {
        String older = Base64.getEncoder().encodeToString(AesGcm.newKey());
        DocumentKeyring keyring = keyring("k3", newKey, " k1:" + oldKey + " , k2:" + older + ",");
        assertEquals(Set.of("k1", "k2", "k3"), keyring.keyIds());
        assertThrows(IllegalArgumentException.class, () -> keyring("k3", newKey, "no-colon-here"));
        assertThrows(IllegalArgumentException.class, () -> keyring("k3", newKey, "k1:not-base64!"));
    }

    private static DocumentKeyring keyring(String id, String key, String oldKeys) {
        DocumentKeyring keyring = new DocumentKeyring();
        keyring.configuredKey = Optional.of(key);
        keyring.keyId = id;
        keyring.oldKeys = Optional.ofNullable(oldKeys);
        keyring.demo = false;
        keyring.dataDir = "target";
        keyring.init();
        return keyring;
    }
}
