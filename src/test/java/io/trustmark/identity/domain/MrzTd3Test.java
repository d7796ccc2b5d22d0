package io.trustmark.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MrzTd3Test {

    // ICAO 9303 part 4, specimen passport of Utopia.
    private static final String SPECIMEN_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    private static final String SPECIMEN_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final List<String> FIELDS = List.of(
            MrzCheck.DOCUMENT_NUMBER,
            MrzCheck.BIRTH_DATE,
            MrzCheck.EXPIRY_DATE,
            MrzCheck.PERSONAL_NUMBER,
            MrzCheck.COMPOSITE);

    @Test
    void readsTheIcaoSpecimen() {
        MrzTd3 mrz = MrzTd3.parse(SPECIMEN_1, SPECIMEN_2, TODAY);
        assertTrue(mrz.allChecksPass(), mrz.checks()::toString);
        assertEquals(FIELDS, mrz.checks().stream().map(MrzCheck::field).toList());
        assertEquals("P", mrz.documentType());
        assertEquals("UTO", mrz.issuingState());
        assertEquals("ERIKSSON", mrz.surname());
        assertEquals("ANNA MARIA", mrz.givenNames());
        assertEquals("L898902C3", mrz.documentNumber());
        assertEquals("UTO", mrz.nationality());
        assertEquals(LocalDate.of(1974, 8, 12), mrz.birthDate());
        assertEquals('F', mrz.sex());
        assertEquals(LocalDate.of(2012, 4, 15), mrz.expiryDate());
        assertEquals("ZE184226B", mrz.personalNumber());
        assertEquals(Optional.empty(), mrz.thaiPersonalNumber());
    }

    @Test
    void computesTheSpecimenCheckDigits() {
        assertEquals(6, MrzTd3.checkDigit("L898902C3"));
        assertEquals(2, MrzTd3.checkDigit("740812"));
        assertEquals(9, MrzTd3.checkDigit("120415"));
        assertEquals(1, MrzTd3.checkDigit("ZE184226B<<<<<"));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"documentNumber, 9", "birthDate, 19", "expiryDate, 27", "personalNumber, 42", "composite, 43"})
    void brokenCheckDigitFailsExactlyThatCheck(String field, int position) {
        char digit = SPECIMEN_2.charAt(position);
        String broken = replace(SPECIMEN_2, position, (char) ('0' + (digit - '0' + 1) % 10));
        if (position != 43) {
            // The composite covers the other check digits: keep it right so only the broken one fails.
            broken = withComposite(broken);
        }
        MrzTd3 mrz = MrzTd3.parse(SPECIMEN_1, broken, TODAY);
        assertFalse(mrz.allChecksPass());
        for (MrzCheck check : mrz.checks()) {
            assertEquals(!check.field().equals(field), check.passes(), check.field());
        }
        assertEquals(
                new Explanation("check.mrz." + field + ".fails", List.of()),
                mrz.checks().get(FIELDS.indexOf(field)).explanation());
    }

    @Test
    void changedDataFailsItsCheck() {
        // Birth year 1975 instead of 1974, check digits left as they were.
        MrzTd3 mrz = MrzTd3.parse(SPECIMEN_1, replace(SPECIMEN_2, 14, '5'), TODAY);
        assertFalse(mrz.checks().get(1).passes());
        assertFalse(mrz.checks().get(4).passes());
        assertTrue(mrz.checks().get(0).passes());
    }

    @Test
    void readsAThaiStylePassportWithAValidNationalId() {
        MrzTd3 mrz = MrzTd3.parse(thaiLine1(), thaiLine2("1100600445639"), TODAY);
        assertTrue(mrz.allChecksPass(), mrz.checks()::toString);
        assertEquals("THA", mrz.issuingState());
        assertEquals("JAIDEE", mrz.surname());
        assertEquals("SOMYING", mrz.givenNames());
        assertEquals("AA1234567", mrz.documentNumber());
        assertEquals(LocalDate.of(1990, 1, 15), mrz.birthDate());
        assertEquals(LocalDate.of(2030, 1, 14), mrz.expiryDate());
        assertEquals(Optional.of(new NationalIdNumber("1100600445639")), mrz.thaiPersonalNumber());
    }

    @Test
    void offersNoThaiIdWhenItsChecksumFails() {
        MrzTd3 mrz = MrzTd3.parse(thaiLine1(), thaiLine2("1100600445638"), TODAY);
        assertTrue(mrz.allChecksPass(), "the MRZ digits are right; only the Thai checksum is not");
        assertEquals(Optional.empty(), mrz.thaiPersonalNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "110060044563", "0100600445631", "AB00600445639"})
    void offersNoThaiIdUnlessThirteenValidDigits(String personal) {
        assertEquals(
                Optional.empty(),
                MrzTd3.parse(thaiLine1(), thaiLine2(personal), TODAY).thaiPersonalNumber());
    }

    @Test
    void unusedPersonalNumberMayCarryFillerAsItsCheckDigit() {
        String line2 = thaiLine2("");
        assertTrue(MrzTd3.parse(thaiLine1(), line2, TODAY).allChecksPass());
        String fillerCheck = withComposite(replace(line2, 42, '<'));
        assertTrue(MrzTd3.parse(thaiLine1(), fillerCheck, TODAY).allChecksPass());
        assertEquals("", MrzTd3.parse(thaiLine1(), fillerCheck, TODAY).personalNumber());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "740812, 1974-08-12",
        "000229, 2000-02-29",
        "260115, 2026-01-15",
        "260116, 1926-01-16",
        "991231, 1999-12-31",
        "100101, 2010-01-01"
    })
    void birthDateIsNeverInTheFuture(String yymmdd, LocalDate expected) {
        String line2 =
                withComposite(SPECIMEN_2.substring(0, 13) + yymmdd + checkDigit(yymmdd) + SPECIMEN_2.substring(20));
        assertEquals(expected, MrzTd3.parse(SPECIMEN_1, line2, TODAY).birthDate());
    }

    @Test
    void expiryIsInThisCentury() {
        String line2 =
                withComposite(SPECIMEN_2.substring(0, 21) + "991231" + checkDigit("991231") + SPECIMEN_2.substring(28));
        assertEquals(
                LocalDate.of(2099, 12, 31),
                MrzTd3.parse(SPECIMEN_1, line2, TODAY).expiryDate());
    }

    @Test
    void toleratesSurroundingWhitespaceAndLowerCase() {
        MrzTd3 mrz =
                MrzTd3.parse("  " + SPECIMEN_1.toLowerCase() + "\n", "\u00A0" + SPECIMEN_2.toLowerCase() + " \r\n");
        assertTrue(mrz.allChecksPass());
        assertEquals("ERIKSSON", mrz.surname());
    }

    @Test
    void unspecifiedSexIsX() {
        String line2 = withComposite(replace(SPECIMEN_2, 20, '<'));
        assertEquals('X', MrzTd3.parse(SPECIMEN_1, line2, TODAY).sex());
    }

    @Test
    void refusesMalformedLines() {
        assertRefused("check.mrz.wrongLength", List.of("1", "43"), SPECIMEN_1.substring(1), SPECIMEN_2);
        assertRefused("check.mrz.wrongLength", List.of("2", "45"), SPECIMEN_1, SPECIMEN_2 + "<");
        assertRefused("check.mrz.wrongLength", List.of("1", "0"), " ", SPECIMEN_2);
        assertRefused("check.mrz.missing", List.of("2"), SPECIMEN_1, null);
        assertRefused("check.mrz.invalidCharacter", List.of("2", "14"), SPECIMEN_1, replace(SPECIMEN_2, 13, ' '));
        assertRefused("check.mrz.invalidCharacter", List.of("1", "6"), replace(SPECIMEN_1, 5, 'É'), SPECIMEN_2);
        assertRefused("check.mrz.invalidCharacter", List.of("2", "1"), SPECIMEN_1, replace(SPECIMEN_2, 0, '-'));
        assertRefused("check.mrz.invalidCharacter", List.of("1", "7"), replace(SPECIMEN_1, 6, 'ก'), SPECIMEN_2);
        assertRefused("check.mrz.notPassport", List.of(), "V" + SPECIMEN_1.substring(1), SPECIMEN_2);
        assertRefused("check.mrz.invalidBirthDate", List.of(), SPECIMEN_1, replace(SPECIMEN_2, 15, '1'));
        assertRefused("check.mrz.invalidExpiryDate", List.of(), SPECIMEN_1, replace(SPECIMEN_2, 25, '4'));
        assertRefused("check.mrz.invalidSex", List.of(), SPECIMEN_1, replace(SPECIMEN_2, 20, 'Q'));
    }

    @Test
    void refusalsAndToStringRevealNoPersonalData() {
        MrzException refused =
                assertThrows(MrzException.class, () -> MrzTd3.parse(SPECIMEN_1, replace(SPECIMEN_2, 20, 'Q')));
        assertEquals("check.mrz.invalidSex", refused.getMessage());
        String text =
                MrzTd3.parse(thaiLine1(), thaiLine2("1100600445639"), TODAY).toString();
        assertFalse(text.contains("JAIDEE") || text.contains("1100600") || text.contains("AA1234"), text);
    }

    @Test
    void everyKeyIsInBothBundles() throws Exception {
        var english = NameMatcherTest.load("messages.properties");
        var thai = NameMatcherTest.load("messages_th.properties");
        for (String field : FIELDS) {
            for (boolean passes : new boolean[] {true, false}) {
                String key = new MrzCheck(field, passes).explanation().key();
                assertTrue(english.containsKey(key) && thai.containsKey(key), key);
            }
        }
        for (String key : List.of(
                "check.mrz.missing",
                "check.mrz.wrongLength",
                "check.mrz.invalidCharacter",
                "check.mrz.notPassport",
                "check.mrz.invalidBirthDate",
                "check.mrz.invalidExpiryDate",
                "check.mrz.invalidSex")) {
            assertTrue(english.containsKey(key) && thai.containsKey(key), key);
        }
    }

    private static String thaiLine1() {
        return pad("P<THAJAIDEE<<SOMYING");
    }

    /** A Thai-style line 2 with every check digit computed here, independently of the code under test. */
    private static String thaiLine2(String personalNumber) {
        String personal = padTo(personalNumber, 14);
        String line = "AA1234567" + checkDigit("AA1234567") + "THA" + "900115" + checkDigit("900115") + "F" + "300114"
                + checkDigit("300114") + personal + checkDigit(personal) + "0";
        return withComposite(line);
    }

    private static String withComposite(String line2) {
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        return line2.substring(0, 43) + checkDigit(composite);
    }

    private static int checkDigit(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return sum % 10;
    }

    private static String pad(String line) {
        return padTo(line, 44);
    }

    private static String padTo(String text, int length) {
        return text + "<".repeat(length - text.length());
    }

    private static String replace(String line, int index, char c) {
        return line.substring(0, index) + c + line.substring(index + 1);
    }

    private static void assertRefused(String key, List<String> args, String line1, String line2) {
        MrzException refused = assertThrows(MrzException.class, () -> MrzTd3.parse(line1, line2, TODAY));
        assertEquals(key, refused.key());
        assertEquals(args, refused.args());
    }
}
