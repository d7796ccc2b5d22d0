package io.trustmark.identity.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * National ID and passport numbers as typed: anything at all. Without JAZZER_FUZZ this replays the kept
 * inputs in {@code IdentityNumbersFuzzTestInputs/<method>/} (docs/architecture.md, Tests).
 */
class IdentityNumbersFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void nationalIdNumber(byte[] input) {
        String raw = new String(input, UTF_8);
        NationalIdNumber id;
        try {
            id = NationalIdNumber.parse(raw);
        } catch (IdentityNumberException e) {
            assertNotNull(e.reason());
            assertFalse(NationalIdNumber.isValid(raw));
            return;
        }
        assertTrue(id.digits().matches("[1-8][0-9]{12}"), id::digits);
        assertEquals(
                NationalIdNumber.checkDigit(id.digits().substring(0, 12)),
                id.digits().charAt(12) - '0');
        assertTrue(NationalIdNumber.isValid(raw));
        // What is shown back parses to the same number, and what is logged hides it.
        assertEquals(id, NationalIdNumber.parse(id.formatted()));
        assertFalse(id.masked().contains(id.digits().substring(0, 9)), id::masked);
        assertFalse(id.toString().contains(id.digits()), id::toString);
    }

    @FuzzTest(maxDuration = "2m")
    void passportNumber(byte[] input) {
        String raw = new String(input, UTF_8);
        PassportNumber passport;
        try {
            passport = PassportNumber.parse(raw);
        } catch (IdentityNumberException e) {
            assertNotNull(e.reason());
            return;
        }
        assertTrue(passport.value().matches("[A-Z0-9]{5,20}"), passport::value);
        assertEquals(passport, PassportNumber.parse(passport.value()));
        assertFalse(passport.toString().contains(passport.value()), passport::toString);
    }
}
