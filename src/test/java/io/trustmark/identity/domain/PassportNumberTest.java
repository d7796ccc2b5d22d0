package io.trustmark.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.identity.domain.IdentityNumberException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PassportNumberTest {

    @Test
    void acceptsCanonicalNumber() {
        assertEquals("AA1234567", PassportNumber.parse("AA1234567").value());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "aa1234567",
                "Aa1234567",
                "AA 123 4567",
                " AA1234567\u00A0",
                "AA-1234567",
                "AA\u20131234567", // en dash
                "AA\u200B1234567", // zero-width space
                "ＡＡ１２３４５６７", // full-width, folded by NFKC
                "ａａ　１２３４５６７", // full-width lower-case with ideographic space
            })
    void foldsTypedVariantsToCanonicalForm(String typed) {
        assertEquals("AA1234567", PassportNumber.parse(typed).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "A1234", "AB1234567", "L898902C3"})
    void acceptsLengthsFromFiveToNine(String number) {
        assertEquals(number, PassportNumber.parse(number).value());
        assertTrue(PassportNumber.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A123", // too short
                "A12345678901234567890", // 21 characters
                "AB12345678", // 10 characters: more than the nine places ICAO 9303 gives the number
                "ABCDEFGHI", // no digit: more likely a name than a number
                "AA123/4567",
                "AA1234567!",
                "AA.1234567",
                "ÅA1234567", // non-ASCII letter
                "AA١٢٣٤٥٦٧", // Arabic-Indic digits
            })
    void refusesMalformedNumbers(String input) {
        assertReason(Reason.INVALID_PASSPORT, input);
        assertFalse(PassportNumber.isValid(input));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0\u200B", "--"})
    void refusesMissingNumberAsEmpty(String input) {
        assertReason(Reason.EMPTY, input);
    }

    @Test
    void constructorAcceptsOnlyCanonicalForm() {
        IdentityNumberException e = assertThrows(IdentityNumberException.class, () -> new PassportNumber("aa1234567"));
        assertEquals(Reason.INVALID_PASSPORT, e.reason());
    }

    @Test
    void toStringDoesNotRevealTheNumber() {
        PassportNumber passport = PassportNumber.parse("AA1234567");
        assertFalse(passport.toString().contains("AA1234567"), passport.toString());
        assertEquals("PassportNumber[******567]", passport.toString());
        assertEquals("******567", passport.masked());
    }

    private static void assertReason(Reason expected, String input) {
        IdentityNumberException e = assertThrows(IdentityNumberException.class, () -> PassportNumber.parse(input));
        assertEquals(expected, e.reason());
        assertEquals(expected.messageKey(), e.getMessage());
    }
}
