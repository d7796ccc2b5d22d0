package io.trustmark.document.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.application.IdNumberProtection;
import io.trustmark.document.domain.AesGcm;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdNumberSealingTest {

    private static final String NUMBER = "3100600445635";

    private static IdNumberSealing sealing(String keyId, String key, String oldKeys) {
        var keyring = new DocumentKeyring();
        keyring.configuredKey = Optional.of(key);
        keyring.keyId = keyId;
        keyring.oldKeys = Optional.ofNullable(oldKeys);
        keyring.init();
        var sealing = new IdNumberSealing();
        sealing.keyring = keyring;
        return sealing;
    }

    private static String newKey() {
        return Base64.getEncoder().encodeToString(AesGcm.newKey());
    }

    @Test
    void aSealedNumberNamesItsKeyHoldsNoDigitsAndOpensInItsOwnColumnOnly() {
        var sealing = sealing("k1", newKey(), null);
        var sealed = sealing.seal(NUMBER, "account.id_number");

        assertTrue(sealed.startsWith("k1:"), sealed);
        assertEquals("k1", IdNumberProtection.keyIdOf(sealed));
        assertFalse(sealed.contains(NUMBER));
        assertNotEquals(sealed, sealing.seal(NUMBER, "account.id_number"), "a fresh nonce each time");
        assertEquals(NUMBER, sealing.open(sealed, "account.id_number"));
        assertThrows(RuntimeException.class, () -> sealing.open(sealed, "verification_request.typed_number"));
    }

    @Test
    void fingerprintsAreStablePerKeyAndALookUpTriesEveryConfiguredKey() {
        var oldKey = newKey();
        var before = sealing("k1", oldKey, null);
        var after = sealing("k2", newKey(), "k1:" + oldKey);

        assertEquals(before.fingerprint(NUMBER), before.fingerprint(NUMBER));
        assertEquals(64, before.fingerprint(NUMBER).length());
        assertNotEquals(before.fingerprint(NUMBER), before.fingerprint("3100600445636"));
        assertNotEquals(before.fingerprint(NUMBER), after.fingerprint(NUMBER));
        assertEquals(after.fingerprint(NUMBER), after.fingerprints(NUMBER).get(0), "current first");
        assertTrue(after.fingerprints(NUMBER).contains(before.fingerprint(NUMBER)), "rows not yet rotated are found");
        // A number sealed under the old key still opens after the rotation's restart.
        assertEquals(NUMBER, after.open(before.seal(NUMBER, "c"), "c"));
    }
}
