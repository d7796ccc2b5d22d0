package io.trustmark.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.identity.domain.IdentityNumberException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdNumberTest {

    private static final String VALID = "3100600445635";

    @Test
    void computesCheckDigitOfWorkedExample() {
        // 3*13 + 1*12 + 0*11 + 0*10 + 6*9 + 0*8 + 0*7 + 4*6 + 4*5 + 5*4 + 6*3 + 3*2 = 193;
        // 193 mod 11 = 6; (11 - 6) mod 10 = 5
        assertEquals(5, NationalIdNumber.checkDigit("310060044563"));
    }

    @Test
    void parsesWorkedExample() {
        assertEquals(VALID, NationalIdNumber.parse(VALID).digits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31006004456", "3100600445635", "31006004456a"})
    void checkDigitRequiresExactlyTwelveAsciiDigits(String input) {
        assertThrows(IllegalArgumentException.class, () -> NationalIdNumber.checkDigit(input));
    }

    // Check digits computed independently of the production code, so the category rule is
    // tested on otherwise valid numbers.
    @ParameterizedTest(name = "category {0}: {1}")
    @CsvSource({
        "1, 1100600445639",
        "2, 2100600445637",
        "3, 3100600445635",
        "4, 4100600445633",
        "5, 5100600445631",
        "6, 6100600445630",
        "7, 7100600445638",
        "8, 8100600445636",
    })
    void acceptsCategoriesOneToEight(int category, String number) {
        assertEquals(number, NationalIdNumber.parse(number).digits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100600445631", "9100600445634"})
    void refusesCategoriesZeroAndNine(String numberWithCorrectChecksum) {
        assertReason(Reason.INVALID_CATEGORY, numberWithCorrectChecksum);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 6, 7, 8, 9})
    void refusesEveryWrongCheckDigit(int wrongCheckDigit) {
        assertReason(Reason.BAD_CHECKSUM, "310060044563" + wrongCheckDigit);
    }

    @Test
    void acceptsThaiDigits() {
        assertEquals(VALID, NationalIdNumber.parse("๓๑๐๐๖๐๐๔๔๕๖๓๕").digits());
    }

    @Test
    void acceptsFullWidthDigits() {
        assertEquals(VALID, NationalIdNumber.parse("３１００６００４４５６３５").digits());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "3 1006 00445 63 5",
                "  3100600445635  ",
                "\t3100600445635\n",
                "3-1006-00445-63-5",
                "3\u20101006\u201000445\u201063\u20105", // hyphen
                "3\u20111006\u201100445\u201163\u20115", // non-breaking hyphen
                "3\u20131006\u201300445\u201363\u20135", // en dash
                "3\u20141006\u201400445\u201463\u20145", // em dash
                "3\u22121006\u221200445\u221263\u22125", // minus sign
                "3\u00A01006\u00A000445\u00A063\u00A05", // no-break space
                "3\u202F1006\u202F00445\u202F63\u202F5", // narrow no-break space
                "3\u20071006\u200700445\u200763\u20075", // figure space
                "\u00A03100600445635\u00A0", // survives String.trim()
                "\u200B3100600445635", // zero-width space
                "31006\u200C00445635", // zero-width non-joiner
                "3100600445\u200D635", // zero-width joiner
                "3100600445635\u2060", // word joiner
                "\uFEFF3100600445635", // byte-order mark from a pasted file
                "๓ ๑๐๐๖ ๐๐๔๔๕ ๖๓ ๕",
                "３－１００６－００４４５－６３－５",
                "３\u3000１００６\u3000００４４５\u3000６３\u3000５", // ideographic space
            })
    void acceptsPrintedFormWithSeparators(String typed) {
        assertEquals(VALID, NationalIdNumber.parse(typed).digits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"310060044563", "31006004456350", "3 1006 00445 63"})
    void refusesWrongLength(String input) {
        assertReason(Reason.WRONG_LENGTH, input);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "31006004456A5",
                "ID 3100600445635",
                "3.1006.00445.63.5",
                "3/1006/00445/63/5",
                "310060044563O", // letter O for zero
            })
    void refusesOtherCharacters(String input) {
        assertReason(Reason.INVALID_CHARACTERS, input);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "٣١٠٠٦٠٠٤٤٥٦٣٥", // Arabic-Indic
                "۳۱۰۰۶۰۰۴۴۵۶۳۵", // extended Arabic-Indic
                "३१००६००४४५६३५", // Devanagari
            })
    void refusesDigitsOfOtherScripts(String input) {
        assertTrue(Character.isDigit(input.codePointAt(0)), "precondition: the JDK calls these digits");
        assertReason(Reason.INVALID_CHARACTERS, input);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0", "\u200B", " - "})
    void refusesMissingNumberAsEmpty(String input) {
        assertReason(Reason.EMPTY, input);
    }

    @Test
    void constructorAcceptsOnlyTheFoldedForm() {
        IdentityNumberException e =
                assertThrows(IdentityNumberException.class, () -> new NationalIdNumber("3 1006 00445 63 5"));
        assertEquals(Reason.INVALID_CHARACTERS, e.reason());
    }

    @Test
    void isValidReflectsParse() {
        assertTrue(NationalIdNumber.isValid("3-1006-00445-63-5"));
        assertFalse(NationalIdNumber.isValid("3100600445636"));
        assertFalse(NationalIdNumber.isValid(null));
    }

    @Test
    void formatsAsPrintedOnTheCard() {
        assertEquals("3 1006 00445 63 5", NationalIdNumber.parse(VALID).formatted());
    }

    @Test
    void masksAllButLastFourDigits() {
        assertEquals("*********5635", NationalIdNumber.parse(VALID).masked());
    }

    @Test
    void toStringDoesNotRevealTheNumber() {
        String text = NationalIdNumber.parse(VALID).toString();
        assertFalse(text.contains(VALID), text);
        assertFalse(text.contains("310060"), text);
        assertEquals("NationalIdNumber[*********5635]", text);
    }

    @Test
    void exceptionMessageDoesNotRevealTheNumber() {
        IdentityNumberException e =
                assertThrows(IdentityNumberException.class, () -> NationalIdNumber.parse("3100600445636"));
        assertFalse(e.getMessage().contains("310060044563"), e.getMessage());
        assertEquals("identity.number.badChecksum", e.getMessage());
    }

    @Test
    void foldingKeepsUnknownCharactersForTheCallerToReport() {
        assertEquals("31A٣", IdentityNumbers.foldDigits("๓ １-A\u200B٣"));
    }

    private static void assertReason(Reason expected, String input) {
        IdentityNumberException e = assertThrows(IdentityNumberException.class, () -> NationalIdNumber.parse(input));
        assertEquals(expected, e.reason());
        assertEquals(expected.messageKey(), e.getMessage());
    }
}
