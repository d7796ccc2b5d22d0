package io.trustmark.document.infrastructure;

import io.trustmark.account.application.IdNumberProtection;
import io.trustmark.document.domain.AesGcm;
import io.trustmark.document.domain.Sealed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * ID numbers sealed with the document keys: one set of keys to configure, guard and rotate. The purpose names
 * ("id-number") keep these fingerprints apart from any other keyed hash the same key may derive.
 */
@ApplicationScoped
public class IdNumberSealing implements IdNumberProtection {

    private static final String FINGERPRINT_PURPOSE = "id-number";

    @Inject
    DocumentKeyring keyring;

    @Override
    public String seal(String number, String context) {
        var sealed = keyring.current().seal(number.getBytes(StandardCharsets.UTF_8), aad(context));
        var packed = ByteBuffer.allocate(sealed.nonce().length + sealed.ciphertext().length)
                .put(sealed.nonce())
                .put(sealed.ciphertext())
                .array();
        return sealed.keyId() + ":" + Base64.getEncoder().encodeToString(packed);
    }

    @Override
    public String open(String value, String context) {
        var keyId = IdNumberProtection.keyIdOf(value);
        if (keyId == null) {
            throw new IllegalStateException("A " + context + " value is not sealed");
        }
        var packed = Base64.getDecoder().decode(value.substring(keyId.length() + 1));
        var nonce = new byte[Sealed.NONCE_BYTES];
        var ciphertext = new byte[packed.length - nonce.length];
        ByteBuffer.wrap(packed).get(nonce).get(ciphertext);
        var plain = keyring.forKeyId(keyId).open(new Sealed(keyId, nonce, ciphertext), aad(context));
        return new String(plain, StandardCharsets.UTF_8);
    }

    @Override
    public String fingerprint(String number) {
        return fingerprint(keyring.current(), number);
    }

    @Override
    public List<String> fingerprints(String number) {
        var all = new ArrayList<String>();
        all.add(fingerprint(number));
        for (var id : keyring.keyIds()) {
            var key = keyring.forKeyId(id);
            if (!id.equals(keyring.current().keyId())) {
                all.add(fingerprint(key, number));
            }
        }
        return all;
    }

    @Override
    public boolean available() {
        return keyring.available();
    }

    @Override
    public String currentKeyId() {
        return keyring.current().keyId();
    }

    private static String fingerprint(AesGcm key, String number) {
        return HexFormat.of().formatHex(key.fingerprint(FINGERPRINT_PURPOSE, number.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] aad(String context) {
        return ("trustmark " + context).getBytes(StandardCharsets.UTF_8);
    }
}
