package io.trustmark.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ranks and titles written out in full or abbreviated, joined to the given name or spaced, in Thai and
 * English (finding 14): they are set apart from the name, and a name that merely starts like one is not cut.
 */
class ThaiNamesTitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Police, in full, joined and spaced.
                "พลตำรวจเอกสมชาย ใจดี|พลตำรวจเอก|สมชาย|ใจดี",
                "พลตำรวจเอก สมชาย ใจดี|พลตำรวจเอก|สมชาย|ใจดี",
                "พันตำรวจโทสมชาย ใจดี|พันตำรวจโท|สมชาย|ใจดี",
                "ร้อยตำรวจเอกสมชาย ใจดี|ร้อยตำรวจเอก|สมชาย|ใจดี",
                "สิบตำรวจโทสมชาย ใจดี|สิบตำรวจโท|สมชาย|ใจดี",
                "ดาบตำรวจสมชาย ใจดี|ดาบตำรวจ|สมชาย|ใจดี",
                "จ่าสิบตำรวจสมชาย ใจดี|จ่าสิบตำรวจ|สมชาย|ใจดี",
                "พลตำรวจจัตวาสมชาย ใจดี|พลตำรวจจัตวา|สมชาย|ใจดี",
                "พลตำรวจสมชาย ใจดี|พลตำรวจ|สมชาย|ใจดี",
                // Army, navy, air force.
                "จ่าสิบเอกสมชาย ใจดี|จ่าสิบเอก|สมชาย|ใจดี",
                "พันเอกสมชาย ใจดี|พันเอก|สมชาย|ใจดี",
                "พลทหารสมชาย ใจดี|พลทหาร|สมชาย|ใจดี",
                "พลฯ สมชาย ใจดี|พลฯ|สมชาย|ใจดี",
                "เรือเอกสมชาย ทะเลงาม ร.น.|เรือเอก|สมชาย|ทะเลงาม",
                "พลเรือโท สมชาย ทะเลงาม ร.น.|พลเรือโท|สมชาย|ทะเลงาม",
                "นาวาอากาศเอกสมชาย ฟ้าใส|นาวาอากาศเอก|สมชาย|ฟ้าใส",
                "เรืออากาศตรีสมชาย ฟ้าใส|เรืออากาศตรี|สมชาย|ฟ้าใส",
                "พันจ่าอากาศเอกสมชาย ฟ้าใส|พันจ่าอากาศเอก|สมชาย|ฟ้าใส",
                // The special grade and women's forms belong to the rank.
                "พันเอก(พิเศษ)สมชาย ใจดี|พันเอก(พิเศษ)|สมชาย|ใจดี",
                "พันเอก (พิเศษ) สมชาย ใจดี|พันเอก (พิเศษ)|สมชาย|ใจดี",
                "พ.อ.(พิเศษ) สมชาย ใจดี|พ.อ.(พิเศษ)|สมชาย|ใจดี",
                "ร้อยตรีหญิงสมศรี ใจดี|ร้อยตรีหญิง|สมศรี|ใจดี",
                "ร.ต.หญิง สมศรี ใจดี|ร.ต.หญิง|สมศรี|ใจดี",
                "พ.ต.ท.หญิงสมศรี ใจดี|พ.ต.ท.หญิง|สมศรี|ใจดี",
                "ม.จ.หญิงสมศรี ใจดี|ม.จ.หญิง|สมศรี|ใจดี",
                // Acting ranks, full and abbreviated, joined and spaced.
                "ว่าที่ร้อยตรีสมชาย รักชาติ|ว่าที่ร้อยตรี|สมชาย|รักชาติ",
                "ว่าที่ ร้อยตรี สมชาย รักชาติ|ว่าที่ ร้อยตรี|สมชาย|รักชาติ",
                "ว่าที่ ร.ต. สมชาย รักชาติ|ว่าที่ ร.ต.|สมชาย|รักชาติ",
                "ว่าที่ร้อยตรีหญิงสมศรี รักชาติ|ว่าที่ร้อยตรีหญิง|สมศรี|รักชาติ",
                // Several titles in a row.
                "พลตำรวจเอก ดร.สมชาย ใจดี|พลตำรวจเอก ดร.|สมชาย|ใจดี",
                "พันตำรวจโทดร.สมชาย ใจดี|พันตำรวจโทดร.|สมชาย|ใจดี",
                // Royal lineage and academic titles.
                "ดร.สมชาย ใจดี|ดร.|สมชาย|ใจดี",
                "ศ.สมชาย ใจดี|ศ.|สมชาย|ใจดี",
                "รศ. สมชาย ใจดี|รศ.|สมชาย|ใจดี",
                "ผศ.ดร.สมชาย ใจดี|ผศ.ดร.|สมชาย|ใจดี",
                "คุณหญิงสมศรี ใจดี|คุณหญิง|สมศรี|ใจดี",
                "ท่านผู้หญิงสมศรี ใจดี|ท่านผู้หญิง|สมศรี|ใจดี",
                "ม.ร.ว.สมศักดิ์ ศรีวงศ์|ม.ร.ว.|สมศักดิ์|ศรีวงศ์",
                "หม่อมราชวงศ์สมศักดิ์ ศรีวงศ์|หม่อมราชวงศ์|สมศักดิ์|ศรีวงศ์",
                "ผู้ช่วยศาสตราจารย์สมชาย ใจดี|ผู้ช่วยศาสตราจารย์|สมชาย|ใจดี",
                "เภสัชกรหญิงสมศรี ใจดี|เภสัชกรหญิง|สมศรี|ใจดี",
                // English, abbreviated and in full.
                "Pol. Col. Somchai Jaidee|Pol. Col.|Somchai|Jaidee",
                "POL.LT.COL. SOMCHAI JAIDEE|POL.LT.COL.|SOMCHAI|JAIDEE",
                "Acting Sub Lt. Somchai Rakchat|Acting Sub Lt.|Somchai|Rakchat",
                "Sub Lt. Somchai Rakchat|Sub Lt.|Somchai|Rakchat",
                "Capt. Somchai Jaidee|Capt.|Somchai|Jaidee",
                "Dr. Somchai Jaidee|Dr.|Somchai|Jaidee",
                "Assoc. Prof. Dr. Somchai Jaidee|Assoc. Prof. Dr.|Somchai|Jaidee",
                "Flt. Lt. Somchai Fasai|Flt. Lt.|Somchai|Fasai",
                "Rear Adm. Somchai Talayngam|Rear Adm.|Somchai|Talayngam",
                "POLICE COLONEL SOMCHAI JAIDEE|POLICE COLONEL|SOMCHAI|JAIDEE",
                "Police Lieutenant Colonel Somchai Jaidee|Police Lieutenant Colonel|Somchai|Jaidee",
                "ACTING SUB LIEUTENANT SOMCHAI RAKCHAT|ACTING SUB LIEUTENANT|SOMCHAI|RAKCHAT",
                "Wing Commander Somchai Fasai|Wing Commander|Somchai|Fasai",
                "Air Vice Marshal Somchai Fasai|Air Vice Marshal|Somchai|Fasai",
                "Squadron Leader Somchai Fasai|Squadron Leader|Somchai|Fasai",
                "Major General Somchai Jaidee|Major General|Somchai|Jaidee",
                "Sergeant Major Somchai Jaidee|Sergeant Major|Somchai|Jaidee",
                "Khunying Somsri Jaidee|Khunying|Somsri|Jaidee",
                "Associate Professor Somchai Jaidee|Associate Professor|Somchai|Jaidee",
                "M.R. Somsak Sriwong|M.R.|Somsak|Sriwong",
            })
    void setsTitlesApart(String printed, String title, String given, String surname) {
        assertEquals(new PersonName(title, given, surname), PersonName.parse(printed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "พลอย ใจดี",
                "พลวัต ใจดี",
                "พลากร ใจดี",
                "พันธ์ทิพย์ ใจดี",
                "พันธุ์ศักดิ์ ใจดี",
                "ร้อยแก้ว ใจดี",
                "สิบทิศ ใจดี",
                "จ่าง ใจดี",
                "นาวิน ใจดี",
                "นาวี ใจดี",
                "เรืองศักดิ์ ใจดี",
                "เรือนแก้ว ใจดี",
                "ดาบชัย ใจดี",
                "เอกชัย ใจดี",
                "ดรุณี ใจดี",
                "ศรีสุดา ใจดี",
                "คุณากร ใจดี",
                "หญิงนภา ใจดี",
                "พิเศษ ใจดี",
                "WING JAIDEE",
                "POLICE JAIDEE",
                "MAJORIE JAIDEE",
                "COLE JAIDEE",
                "DREW JAIDEE",
                "Gena Jaidee"
            })
    void leavesNamesThatOnlyStartLikeATitle(String printed) {
        String[] words = printed.split(" ");
        assertEquals(new PersonName("", words[0], words[1]), PersonName.parse(printed));
    }

    static Stream<Arguments> everyThaiRank() {
        return ThaiNames.THAI_RANKS.entrySet().stream().map(rank -> Arguments.of(rank.getKey(), rank.getValue()));
    }

    /** Every rank of the pattern, in full and abbreviated, joined or spaced, acting, a woman's. */
    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("everyThaiRank")
    void everyThaiRankInFullAndAbbreviated(String full, String abbreviation) {
        for (String title : new String[] {
            full, full + "หญิง", "ว่าที่" + full, "ว่าที่ " + full, abbreviation, "ว่าที่ " + abbreviation
        }) {
            assertEquals(new PersonName(title, "สมชาย", "ใจดี"), PersonName.parse(title + "สมชาย ใจดี"), title);
            assertEquals(new PersonName(title, "สมชาย", "ใจดี"), PersonName.parse(title + " สมชาย ใจดี"), title);
            // "พลอย" must stay whole after any rank, too.
            assertEquals(new PersonName(title, "พลอย", "ใจดี"), PersonName.parse(title + " พลอย ใจดี"), title);
        }
        assertEquals(ThaiNames.canonicalTitle(full), ThaiNames.canonicalTitle(abbreviation));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ร้อยตำรวจเอก|ร.ต.อ.",
                "พลตำรวจเอก|พล.ต.อ.",
                "นาวาอากาศเอก|น.อ.",
                "ว่าที่ร้อยตรี|ว่าที่ ร.ต.",
                "ร้อยตรีหญิง|ร.ต.หญิง",
                "พันเอก(พิเศษ)|พ.อ. (พิเศษ)",
                "นางสาว|น.ส.",
                "หม่อมราชวงศ์|ม.ร.ว.",
                "รองศาสตราจารย์ ดอกเตอร์|รศ.ดร.",
                "Police Colonel|POL.COL.",
                "Acting Sub Lieutenant|ACTING SUB LT.",
                "Master|MSTR",
            })
    void sameTitleWrittenTwoWays(String one, String other) {
        assertEquals(ThaiNames.canonicalTitle(one), ThaiNames.canonicalTitle(other));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ร.ต.อ. สมชาย ใจดี|ร้อยตำรวจเอกสมชาย ใจดี",
                "พล.ต.อ. สมชาย ใจดี|พลตำรวจเอกสมชาย ใจดี",
                "พ.อ.(พิเศษ) สมชาย ใจดี|พันเอก(พิเศษ)สมชาย ใจดี",
                "ว่าที่ ร.ต. สมชาย รักชาติ|ว่าที่ร้อยตรีสมชาย รักชาติ",
                "ร.ต.หญิง สมศรี ใจดี|ร้อยตรีหญิงสมศรี ใจดี",
                "น.อ. สมชาย ทะเลงาม ร.น.|นาวาเอกสมชาย ทะเลงาม",
                "ผศ.ดร. สมชาย ใจดี|ผู้ช่วยศาสตราจารย์ดอกเตอร์สมชาย ใจดี",
                "นาย พลอย ใจดี|พลอย ใจดี",
            })
    void fullAndAbbreviatedRanksMatchWithoutComment(String card, String passbook) {
        NameComparison result = NameMatcher.compareAccountName(PersonName.parse(card), null, passbook);
        assertEquals(Verdict.MATCH, result.verdict(), result.reasons()::toString);
        assertFalse(result.hasReason("check.name.titleIgnored"), result.reasons()::toString);
        assertFalse(result.hasReason("check.name.noteIgnored"), result.reasons()::toString);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Pol. Capt. Somchai Jaidee|POLICE CAPTAIN SOMCHAI JAIDEE",
                "Acting Sub Lt. Somchai Rakchat|ACTING SUB LIEUTENANT SOMCHAI RAKCHAT",
                "Dr. Somchai Jaidee|DOCTOR SOMCHAI JAIDEE",
            })
    void englishRanksMatchInFullAndAbbreviated(String card, String passbook) {
        NameComparison result =
                NameMatcher.compareAccountName(PersonName.parse("สมชาย ใจดี"), PersonName.parse(card), passbook);
        assertEquals(Verdict.MATCH, result.verdict(), result.reasons()::toString);
        assertFalse(result.hasReason("check.name.titleIgnored"), result.reasons()::toString);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "พ.ต.ท. สมชาย ใจดี|พันตำรวจโทสมชาย|ใจดี",
                "ว่าที่ ร.ต. สมชาย ใจดี|ว่าที่ร้อยตรีสมชาย|ใจดี",
                "Pol. Col. Somchai Jaidee|Police Colonel Somchai|Jaidee"
            })
    void rankTypedIntoTheGivenNameFieldIsATitle(String card, String typedGiven, String typedSurname) {
        NameComparison result =
                NameMatcher.compare(PersonName.parse(card), new PersonName("", typedGiven, typedSurname));
        assertEquals(Verdict.MATCH, result.verdict(), result.reasons()::toString);
        assertTrue(result.hasReason("check.name.same"), result.reasons()::toString);
        assertFalse(result.hasReason("check.name.titleIgnored"), result.reasons()::toString);
    }

    @Test
    void manyModifiersInARowAreNoTitleAndCostLittle() {
        String line = "VICE ".repeat(20_000) + "SOMCHAI JAIDEE";
        assertEquals("", PersonName.parse(line).title());
        assertEquals(
                "", PersonName.parse("AIR VICE REAR MARSHAL SOMCHAI JAIDEE").title());
    }
}
