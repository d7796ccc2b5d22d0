package io.trustmark.identity.domain;

import static io.trustmark.identity.domain.Verdict.MATCH;
import static io.trustmark.identity.domain.Verdict.MISMATCH;
import static io.trustmark.identity.domain.Verdict.NEEDS_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Card names against passbook account-name lines as members and banks really write them. Each
 * case names the reason that must be among the explanations, so a right verdict for a wrong
 * reason fails too.
 */
class NameMatcherTest {

    private static final PersonName SOMYING_TH = PersonName.parse("น.ส. สมหญิง ใจดี");
    private static final PersonName SOMYING_EN = new PersonName("Miss", "Somying", "Jaidee");
    private static final PersonName SOMCHAI_TH = PersonName.parse("นาย สมชาย ใจดี");

    private static Properties english;
    private static Properties thai;

    record Case(
            String name,
            PersonName cardThai,
            PersonName cardEnglish,
            String passbook,
            Verdict expected,
            String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case somying(String name, String passbook, Verdict expected, String reason) {
        return new Case(name, SOMYING_TH, SOMYING_EN, passbook, expected, reason);
    }

    private static Case card(
            String name, String cardThai, String cardEnglish, String passbook, Verdict expected, String reason) {
        return new Case(
                name,
                cardThai == null ? null : PersonName.parse(cardThai),
                cardEnglish == null ? null : PersonName.parse(cardEnglish),
                passbook,
                expected,
                reason);
    }

    static Stream<Case> pairs() {
        return Stream.of(
                // Titles: stripped whether joined, spaced, abbreviated or spelled out, and never deciding.
                somying("same title, spaced", "น.ส. สมหญิง ใจดี", MATCH, "check.name.same"),
                somying("title spelled out and joined", "นางสาวสมหญิง ใจดี", MATCH, "check.name.same"),
                somying("title spelled out and spaced", "นางสาว สมหญิง ใจดี", MATCH, "check.name.same"),
                somying("no title on the passbook", "สมหญิง ใจดี", MATCH, "check.name.same"),
                somying("นาง on the passbook, น.ส. on the card", "นาง สมหญิง ใจดี", MATCH, "check.name.titleIgnored"),
                somying("นาง joined", "นางสมหญิง ใจดี", MATCH, "check.name.titleIgnored"),
                card("นาย joined", "นาย สมชาย ใจดี", null, "นายสมชาย ใจดี", MATCH, "check.name.same"),
                card(
                        "acting rank joined",
                        "ว่าที่ ร.ต. สมชาย รักชาติ",
                        null,
                        "ว่าที่ร.ต.สมชาย รักชาติ",
                        MATCH,
                        "check.name.same"),
                card(
                        "police rank vs นาย",
                        "นาย สมชาย รักชาติ",
                        null,
                        "พล.ต.อ. สมชาย รักชาติ",
                        MATCH,
                        "check.name.titleIgnored"),
                card(
                        "navy rank with trailing ร.น.",
                        "นาย สมศักดิ์ ทะเลงาม",
                        null,
                        "น.อ.สมศักดิ์ ทะเลงาม ร.น.",
                        MATCH,
                        "check.name.same"),
                card("army rank ร.ท.", "นาย อดิศร กล้าหาญ", null, "ร.ท. อดิศร กล้าหาญ", MATCH, "check.name.same"),
                card(
                        "royal ม.ล. joined",
                        "ม.ล. ปิยะ สุขสวัสดิ์",
                        null,
                        "ม.ล.ปิยะ สุขสวัสดิ์",
                        MATCH,
                        "check.name.same"),
                card("royal ม.ร.ว. vs none", "ม.ร.ว. ปรีดา ศรีวงศ์", null, "ปรีดา ศรีวงศ์", MATCH, "check.name.same"),
                card(
                        "academic ผศ.ดร. vs นาง",
                        "นาง วิไล ศรีสุข",
                        null,
                        "ผศ.ดร.วิไล ศรีสุข",
                        MATCH,
                        "check.name.titleIgnored"),
                card("medical นพ. vs นาย", "นาย ธนา มีสุข", null, "นพ. ธนา มีสุข", MATCH, "check.name.same"),
                card("ด.ช. vs เด็กชาย joined", "ด.ช. ภูมิ ใจดี", null, "เด็กชายภูมิ ใจดี", MATCH, "check.name.same"),
                // Spacing.
                somying("extra spaces", "  น.ส.   สมหญิง    ใจดี  ", MATCH, "check.name.same"),
                somying("no-break spaces", "น.ส.\u00A0สมหญิง\u00A0ใจดี", MATCH, "check.name.same"),
                card(
                        "ณ อยุธยา joined on the passbook",
                        "นาย ปิติ ณ อยุธยา",
                        null,
                        "นายปิติ ณอยุธยา",
                        MATCH,
                        "check.name.same"),
                card(
                        "ณอยุธยา joined on the card",
                        "นาย ปิติ ณอยุธยา",
                        null,
                        "นาย ปิติ ณ อยุธยา",
                        MATCH,
                        "check.name.same"),
                card(
                        "NA AYUDHYA in English",
                        null,
                        "Mr. Piti Na Ayudhya",
                        "MR PITI NA AYUDHYA",
                        MATCH,
                        "check.name.same"),
                // Unicode repairs.
                card(
                        "SARA AM typed as NIKHAHIT + SARA AA",
                        "นาย สมชาย น้ำใจดี",
                        null,
                        "นาย สมชาย น\u0E49\u0E4D\u0E32ใจดี",
                        MATCH,
                        "check.name.repair.saraAm"),
                new Case(
                        "SARA AM apart on the card (typed field by field), whole on the passbook",
                        new PersonName("นาย", "สมชาย", "น\u0E49\u0E4D\u0E32ใจดี"),
                        null,
                        "นาย สมชาย น้ำใจดี",
                        MATCH,
                        "check.name.repair.saraAm"),
                card(
                        "tone mark typed after SARA AM",
                        "นาย สมชาย น้ำใจดี",
                        null,
                        "นาย สมชาย น\u0E33\u0E49ใจดี",
                        MATCH,
                        "check.name.repair.markOrder"),
                card(
                        "tone mark typed before the vowel",
                        "นาง ปราณี ชื่นใจ",
                        null,
                        "นาง ปราณี ช\u0E48\u0E37นใจ",
                        MATCH,
                        "check.name.repair.markOrder"),
                card(
                        "tone mark doubled",
                        "นาง ปราณี ชื่นใจ",
                        null,
                        "นาง ปราณี ช\u0E37\u0E48\u0E48นใจ",
                        MATCH,
                        "check.name.repair.doubledMark"),
                somying("vowel mark doubled", "น.ส. สมหญิ\u0E34ง ใจดี", MATCH, "check.name.repair.doubledMark"),
                somying(
                        "zero-width space and non-joiner",
                        "น.ส. สม\u200Bหญิง ใจ\u200Cดี",
                        MATCH,
                        "check.name.repair.invisible"),
                somying(
                        "byte-order mark and word joiner",
                        "\uFEFFน.ส. สมหญิง\u2060 ใจดี",
                        MATCH,
                        "check.name.repair.invisible"),
                card("เเ typed for แ", "นาย แสง ใจดี", null, "นายเเสง ใจดี", MATCH, "check.name.repair.saraAe"),
                somying("note in brackets", "น.ส. สมหญิง ใจดี (ออมทรัพย์)", MATCH, "check.name.noteIgnored"),
                // English lines, compared with the card's English name.
                somying("English upper case with title", "MISS SOMYING JAIDEE", MATCH, "check.name.same"),
                somying("English lower case without title", "somying jaidee", MATCH, "check.name.same"),
                somying("Ms. vs Miss", "Ms. Somying Jaidee", MATCH, "check.name.titleIgnored"),
                somying("MRS. joined", "MRS.SOMYING JAIDEE", MATCH, "check.name.titleIgnored"),
                somying("full-width letters", "ＳＯＭＹＩＮＧ\u3000ＪＡＩＤＥＥ", MATCH, "check.name.same"),
                // Differences: always named, never scored.
                somying("Thai surname one vowel different", "น.ส. สมหญิง ใจดิ", MISMATCH, "check.name.surnameDiffers"),
                somying(
                        "English surname one letter short",
                        "MISS SOMYING JAIDE",
                        MISMATCH,
                        "check.name.surnameDiffers"),
                somying("different given name", "น.ส. สมใจ ใจดี", MISMATCH, "check.name.givenDiffers"),
                card("ไ vs ใ", "นาย สมชาย ไชยดี", null, "นาย สมชาย ใชยดี", MISMATCH, "check.name.surnameDiffers"),
                somying("married, new surname", "นาง สมหญิง รักไทย", MISMATCH, "check.name.surnameDiffers"),
                card(
                        "middle name missing on the passbook",
                        null,
                        "Mr. Somchai Michael Jaidee",
                        "MR SOMCHAI JAIDEE",
                        MISMATCH,
                        "check.name.givenDiffers"),
                somying("someone else entirely", "นาย ประยุทธ์ มั่นคง", MISMATCH, "check.name.givenDiffers"),
                somying("given name and surname swapped", "ใจดี สมหญิง", MISMATCH, "check.name.surnameDiffers"),
                // Accounts that are not the member's own.
                somying("joint, member first", "น.ส. สมหญิง ใจดี และ นาย สมชาย ใจดี", NEEDS_REVIEW, "check.name.joint"),
                somying(
                        "joint joined to the title",
                        "นางสาวสมหญิง ใจดี และนายสมชาย ใจดี",
                        NEEDS_REVIEW,
                        "check.name.memberAmongHolders"),
                somying(
                        "joint หรือ, member not among them",
                        "นาย สมชาย ใจดี หรือ นาง สมศรี ใจดี",
                        MISMATCH,
                        "check.name.memberNotAmongHolders"),
                somying("joint AND", "MISS SOMYING JAIDEE AND MR SOMCHAI JAIDEE", NEEDS_REVIEW, "check.name.joint"),
                somying("joint &", "SOMYING JAIDEE&SOMCHAI JAIDEE", NEEDS_REVIEW, "check.name.joint"),
                somying("for a child", "น.ส. สมหญิง ใจดี เพื่อ ด.ช. ภูมิ ใจดี", NEEDS_REVIEW, "check.name.onBehalf"),
                somying(
                        "for a child, joined",
                        "นางสาวสมหญิง ใจดี เพื่อด.ญ.ใบเตย ใจดี",
                        NEEDS_REVIEW,
                        "check.name.memberAmongHolders"),
                somying("English FOR", "MISS SOMYING JAIDEE FOR MSTR PHUM JAIDEE", NEEDS_REVIEW, "check.name.onBehalf"),
                somying(
                        "someone else for their child",
                        "นาย สมศักดิ์ มีทรัพย์ เพื่อ ด.ช. ภูมิ มีทรัพย์",
                        MISMATCH,
                        "check.name.onBehalf"),
                somying("company บจก.", "บจก. ใจดี เทรดดิ้ง", NEEDS_REVIEW, "check.name.business"),
                somying("company บริษัท … จำกัด", "บริษัท ใจดีการค้า จำกัด", NEEDS_REVIEW, "check.name.business"),
                somying("partnership", "ห้างหุ้นส่วนจำกัด ใจดีพาณิชย์", NEEDS_REVIEW, "check.name.business"),
                somying("หจก.", "หจก. สมหญิงพาณิชย์", NEEDS_REVIEW, "check.name.business"),
                somying(
                        "shop run by the member",
                        "ร้านใจดีของฝาก โดย น.ส. สมหญิง ใจดี",
                        NEEDS_REVIEW,
                        "check.name.memberAmongHolders"),
                somying(
                        "shop run by someone else",
                        "ร้านเจ๊หมวย โดย นาง หมวย แซ่ลิ้ม",
                        MISMATCH,
                        "check.name.business"),
                somying("English company", "JAIDEE TRADING CO.,LTD.", NEEDS_REVIEW, "check.name.business"),
                somying("English shop", "SOMYING JAIDEE SHOP", NEEDS_REVIEW, "check.name.business"),
                // Script: Thai with Thai, English with English.
                new Case(
                        "Thai line, no Thai card name",
                        null,
                        SOMYING_EN,
                        "น.ส. สมหญิง ใจดี",
                        NEEDS_REVIEW,
                        "check.name.noCardThaiName"),
                new Case(
                        "English line, no English card name",
                        SOMYING_TH,
                        null,
                        "MISS SOMYING JAIDEE",
                        NEEDS_REVIEW,
                        "check.name.noCardEnglishName"),
                new Case(
                        "English line, blank English card name",
                        SOMYING_TH,
                        new PersonName("Miss", "", ""),
                        "MISS SOMYING JAIDEE",
                        NEEDS_REVIEW,
                        "check.name.noCardEnglishName"),
                somying("mixed Thai and English", "น.ส. SOMYING ใจดี", NEEDS_REVIEW, "check.name.mixedScript"),
                somying("another script", "王小明", NEEDS_REVIEW, "check.name.mixedScript"),
                // Blank and incomplete.
                somying("empty line", "", NEEDS_REVIEW, "check.name.accountMissing"),
                somying("only invisible characters", "  \u200B\u00A0 ", NEEDS_REVIEW, "check.name.accountMissing"),
                somying("no line at all", null, NEEDS_REVIEW, "check.name.accountMissing"),
                somying("title only", "น.ส.", NEEDS_REVIEW, "check.name.incomplete"),
                somying("given name only", "สมหญิง", NEEDS_REVIEW, "check.name.incomplete"),
                new Case(
                        "card name blank",
                        new PersonName("", "", ""),
                        SOMYING_EN,
                        "น.ส. สมหญิง ใจดี",
                        NEEDS_REVIEW,
                        "check.name.noCardThaiName"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void cardAgainstPassbook(Case pair) {
        NameComparison result = NameMatcher.compareAccountName(pair.cardThai(), pair.cardEnglish(), pair.passbook());
        assertEquals(pair.expected(), result.verdict(), () -> pair.name() + ": " + result.reasons());
        assertTrue(result.hasReason(pair.reason()), () -> pair.name() + ": " + result.reasons());
        assertKeysInBothBundles(result);
    }

    @Test
    void atLeastFortyPairs() {
        assertTrue(pairs().count() >= 40);
    }

    @Test
    void surnameDifferenceNamesBothValues() {
        NameComparison result = NameMatcher.compareAccountName(SOMYING_TH, SOMYING_EN, "น.ส. สมหญิง ใจงาม");
        assertEquals(List.of(Explanation.of("check.name.surnameDiffers", "ใจดี", "ใจงาม")), result.reasons());
    }

    @Test
    void englishDifferenceIsShownAsPrinted() {
        NameComparison result = NameMatcher.compareAccountName(SOMYING_TH, SOMYING_EN, "MISS SOMYNG JAIDEE");
        assertEquals(List.of(Explanation.of("check.name.givenDiffers", "Somying", "SOMYNG")), result.reasons());
    }

    @Test
    void titleNeverDecidesButIsMentioned() {
        NameComparison result = NameMatcher.compareAccountName(SOMYING_TH, SOMYING_EN, "นาง สมหญิง ใจดี");
        assertEquals(
                List.of(
                        Explanation.of("check.name.same", "สมหญิง ใจดี"),
                        Explanation.of("check.name.titleIgnored", "น.ส.", "นาง")),
                result.reasons());
    }

    @Test
    void equivalentTitlesAreNotMentioned() {
        NameComparison result = NameMatcher.compareAccountName(SOMYING_TH, SOMYING_EN, "นางสาว สมหญิง ใจดี");
        assertFalse(result.hasReason("check.name.titleIgnored"), result.reasons()::toString);
    }

    @Test
    void jointAccountSaysWhichWordWasRecognised() {
        NameComparison result =
                NameMatcher.compareAccountName(SOMYING_TH, SOMYING_EN, "น.ส. สมหญิง ใจดี และ นาย สมชาย ใจดี");
        assertEquals(
                List.of(
                        Explanation.of("check.name.joint", "และ"),
                        Explanation.of("check.name.memberAmongHolders", "น.ส. สมหญิง ใจดี")),
                result.reasons());
    }

    @Test
    void shopSaysWhichWordWasRecognised() {
        NameComparison result = NameMatcher.compareAccountName(SOMYING_TH, SOMYING_EN, "บจก. ใจดี เทรดดิ้ง");
        assertEquals(List.of(Explanation.of("check.name.business", "บจก.")), result.reasons());
    }

    @Test
    void compareNeedsTheSameScript() {
        NameComparison result = NameMatcher.compare(SOMYING_TH, SOMYING_EN);
        assertEquals(NEEDS_REVIEW, result.verdict());
        assertTrue(result.hasReason("check.name.scriptDiffers"));
    }

    @Test
    void compareWithPassportNames() {
        PersonName passport = new PersonName("", "SOMYING", "JAIDEE");
        assertEquals(MATCH, NameMatcher.compare(SOMYING_EN, passport).verdict());
        assertEquals(
                MISMATCH,
                NameMatcher.compare(SOMYING_EN, new PersonName("", "SOMYING", "JAIDEEE"))
                        .verdict());
    }

    @Test
    void compareTreatsATitleTypedIntoTheGivenNameAsATitle() {
        PersonName typedTogether = new PersonName(null, "นางสาวสมหญิง", "ใจดี");
        assertEquals(MATCH, NameMatcher.compare(typedTogether, SOMYING_TH).verdict());
    }

    @Test
    void compareReportsBlankSides() {
        assertTrue(NameMatcher.compare(null, SOMYING_TH).hasReason("check.name.cardMissing"));
        assertTrue(NameMatcher.compare(SOMYING_TH, new PersonName("นาง", " ", null))
                .hasReason("check.name.otherMissing"));
        NameComparison incomplete = NameMatcher.compare(SOMYING_TH, new PersonName("", "สมหญิง", ""));
        assertEquals(NEEDS_REVIEW, incomplete.verdict());
        assertEquals(List.of(Explanation.of("check.name.incomplete", "สมหญิง")), incomplete.reasons());
    }

    @Test
    void differentSurnameOnSameGivenNameIsNotRescuedBySpacing() {
        assertEquals(
                MISMATCH,
                NameMatcher.compare(SOMCHAI_TH, PersonName.parse("นาย สมชาย ใจ ดีมาก"))
                        .verdict());
    }

    @Test
    void everyNameAndPassportKeyIsTranslated() {
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("check.name.") || key.startsWith("check.mrz.")) {
                assertTrue(thai.containsKey(key), key);
                assertFalse(thai.getProperty(key).equals(english.getProperty(key)), key);
                assertEquals(placeholders(english.getProperty(key)), placeholders(thai.getProperty(key)), key);
            }
        }
        for (String key : thai.stringPropertyNames()) {
            if (key.startsWith("check.name.") || key.startsWith("check.mrz.")) {
                assertTrue(english.containsKey(key), key);
            }
        }
        assertEquals("นามสกุลไม่ตรงกัน: {0} กับ {1}", thai.getProperty("check.name.surnameDiffers"));
        for (ThaiNames.Repair repair : ThaiNames.Repair.values()) {
            assertTrue(english.containsKey(repair.messageKey()), repair.messageKey());
        }
    }

    private static List<String> placeholders(String text) {
        return Pattern.compile("\\{\\d+}")
                .matcher(text)
                .results()
                .map(MatchResult::group)
                .sorted()
                .toList();
    }

    static void assertKeysInBothBundles(NameComparison result) {
        for (Explanation reason : result.reasons()) {
            assertTrue(english.containsKey(reason.key()), reason.key());
            assertTrue(thai.containsKey(reason.key()), reason.key());
        }
    }

    @BeforeAll
    static void loadBundles() throws IOException {
        english = load("messages.properties");
        thai = load("messages_th.properties");
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NameMatcherTest.class.getResourceAsStream("/io/trustmark/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
