package io.trustmark.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.identity.domain.ThaiNames.Repair;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThaiNamesTest {

    // Written with escapes so that what is being repaired is visible in the source.
    private static final String NAM = "\u0E19\u0E49\u0E33"; // น้ำ: NO NU, MAI THO, SARA AM

    @Test
    void rejoinsSaraAmTypedAsNikhahitAndSaraAa() {
        assertRepaired(NAM, Set.of(Repair.SARA_AM), "\u0E19\u0E49\u0E4D\u0E32");
    }

    @Test
    void keepsSaraAmWholeThroughNfkc() {
        assertRepaired(NAM, Set.of(), NAM);
    }

    @Test
    void movesToneMarkTypedAfterSaraAm() {
        assertRepaired(NAM, Set.of(Repair.MARK_ORDER), "\u0E19\u0E33\u0E49");
    }

    @Test
    void movesToneMarkTypedBetweenNikhahitAndSaraAa() {
        assertRepaired(NAM, Set.of(Repair.SARA_AM, Repair.MARK_ORDER), "\u0E19\u0E4D\u0E49\u0E32");
    }

    @Test
    void putsToneMarkAfterItsVowel() {
        // ที่: THO THAHAN, SARA II, MAI EK
        assertRepaired("\u0E17\u0E35\u0E48", Set.of(Repair.MARK_ORDER), "\u0E17\u0E48\u0E35");
    }

    @Test
    void dropsDoubledMarks() {
        assertRepaired("\u0E17\u0E35\u0E48", Set.of(Repair.DOUBLED_MARK), "\u0E17\u0E35\u0E48\u0E48");
        assertRepaired("\u0E2A\u0E34", Set.of(Repair.DOUBLED_MARK), "\u0E2A\u0E34\u0E34");
        assertRepaired(NAM, Set.of(Repair.DOUBLED_MARK), NAM + "\u0E33");
    }

    @Test
    void readsTwoSaraEAsSaraAe() {
        assertRepaired("แสง", Set.of(Repair.DOUBLED_SARA_E), "\u0E40\u0E40สง");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"})
    void dropsInvisibleCharacters(String invisible) {
        assertRepaired("สมหญิง ใจดี", Set.of(Repair.INVISIBLE_CHARACTERS), "สม" + invisible + "หญิง ใจดี" + invisible);
    }

    @Test
    void invisibleCharacterDoesNotHideADoubledMark() {
        assertRepaired(
                "\u0E2A\u0E34", Set.of(Repair.INVISIBLE_CHARACTERS, Repair.DOUBLED_MARK), "\u0E2A\u0E34\u200B\u0E34");
    }

    @Test
    void collapsesWhitespaceWithoutCallingItARepair() {
        assertRepaired("สมหญิง ใจดี", Set.of(), "\u00A0 สมหญิง\t\u3000 ใจดี \n");
    }

    @Test
    void leavesNoControlCharacters() {
        assertRepaired("สมหญิง ใจดี", Set.of(Repair.INVISIBLE_CHARACTERS), "สม\u0000หญิง\u001Fใจดี\u001E");
    }

    @Test
    void foldsFullWidthLetters() {
        assertEquals("SOMYING", ThaiNames.normalize("ＳＯＭＹＩＮＧ"));
    }

    @Test
    void toneMovedBeforeSaraAmDoesNotRepeatTheToneBeforeIt() {
        // Found by fuzzing: ที่ำ่ (the tone typed before and again after SARA AM) kept a doubled tone.
        assertRepaired(
                "\u0E17\u0E35\u0E48\u0E33",
                Set.of(Repair.MARK_ORDER, Repair.DOUBLED_MARK),
                "\u0E17\u0E35\u0E48\u0E33\u0E48");
    }

    @Test
    void saraAmTypedTwiceWithTonesAroundIsOneSaraAm() {
        // Found by fuzzing: ส่ำำ่ came out as ส่ำ่ำ once and as ส่ำ when normalised again.
        assertEquals("\u0E2A\u0E48\u0E33", ThaiNames.normalize("\u0E2A\u0E48\u0E33\u0E33\u0E48"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0E19\u0E49\u0E4D\u0E32\u0E43\u0E08",
                "\u0E40\u0E40\u0E2A\u200B\u0E07",
                "ที\u0E48\u0E35",
                "\u0E17\u0E35\u0E48\u0E33\u0E48",
                "\u0E2A\u0E38\u0E4D\u0E48\u0E32\u0E48",
                "\u0E2A\u0E48\u0E33\u0E33\u0E48",
                "\u0E48\u0E33\u0E48\u0E33"
            })
    void isIdempotent(String text) {
        String once = ThaiNames.normalize(text);
        assertEquals(once, ThaiNames.normalize(once));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", ThaiNames.normalize(null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "'นายสมชาย ใจดี', นาย",
        "'นางสาวสมหญิง ใจดี', นางสาว",
        "'นางสมหญิง ใจดี', นาง",
        "'น.ส. สมหญิง ใจดี', น.ส.",
        "'ด.ช.ภูมิ ใจดี', ด.ช.",
        "'เด็กหญิงใบเตย ใจดี', เด็กหญิง",
        "'ว่าที่ ร.ต. สมชาย รักชาติ', ว่าที่ ร.ต.",
        "'ว่าที่ร.ต.สมชาย รักชาติ', ว่าที่ร.ต.",
        "'พล.ต.อ. สมชาย รักชาติ', พล.ต.อ.",
        "'ม.ร.ว.ปรีดา ศรีวงศ์', ม.ร.ว.",
        "'รศ.ดร. วิไล ศรีสุข', รศ.ดร.",
        "'นายแพทย์ธนา มีสุข', นายแพทย์",
        "'พญ. วิไล ศรีสุข', พญ.",
        "'MR SOMCHAI JAIDEE', MR",
        "'Mrs. Somying Jaidee', Mrs.",
        "'MISS.SOMYING JAIDEE', MISS.",
        "'ACTING SUB LT. SOMCHAI JAIDEE', ACTING SUB LT.",
        "'POL.COL. SOMCHAI JAIDEE', POL.COL.",
        "'M.L. PIYA SUKSAWAT', M.L.",
    })
    void recognisesTitles(String printed, String title) {
        assertEquals(Optional.of(title), ThaiNames.title(printed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"สมชาย ใจดี", "นายิกา ใจดี", "MISSY JONES", "COL SANDERS", "บจก. ใจดี", "คุณากร ใจดี", ""})
    void recognisesNoTitleWhereThereIsNone(String printed) {
        assertEquals(Optional.empty(), ThaiNames.title(printed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "น.ส. สมหญิง ใจดี|น.ส.|สมหญิง|ใจดี",
                "นายสมชาย ใจดี|นาย|สมชาย|ใจดี",
                "MISS SOMYING JAIDEE|MISS|SOMYING|JAIDEE",
                "สมชาย ใจดี|''|สมชาย|ใจดี",
                "นาย ปิติ ณ อยุธยา|นาย|ปิติ|ณ อยุธยา",
                "MR. PITI NA AYUDHYA|MR.|PITI|NA AYUDHYA",
                "Mr Somchai Michael Jaidee|Mr|Somchai Michael|Jaidee",
                "พล.ร.อ. สมชาย ทะเลงาม ร.น.|พล.ร.อ.|สมชาย|ทะเลงาม",
                "น.ส. สมหญิง ใจดี (ชื่อเดิม)|น.ส.|สมหญิง|ใจดี",
                "สมหญิง|''|สมหญิง|''",
            })
    void parsesPrintedNames(String printed, String title, String given, String surname) {
        assertEquals(new PersonName(title, given, surname), PersonName.parse(printed));
    }

    @Test
    void parseNormalises() {
        assertEquals(
                new PersonName("นาย", "แสง", "น้ำใจ"),
                PersonName.parse(" นาย\u00A0\u0E40\u0E40สง  น\u0E49\u0E4D\u0E32ใจ "));
    }

    @Test
    void blankNames() {
        assertTrue(PersonName.parse(null).isBlank());
        assertTrue(PersonName.parse("นางสาว").isBlank());
        assertTrue(new PersonName(null, null, null).isBlank());
    }

    private static void assertRepaired(String expected, Set<Repair> repairs, String typed) {
        ThaiNames.Normalized normalized = ThaiNames.normalizeTracked(typed);
        assertEquals(expected, normalized.text());
        assertEquals(repairs, normalized.repairs());
    }
}
