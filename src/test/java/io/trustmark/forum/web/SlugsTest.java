package io.trustmark.forum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void englishTitleGivesLowerCaseWordsJoinedByDashes() {
        assertEquals("selling-my-camera", Slugs.of("Selling my camera"));
        assertEquals("selling-canon-eos-r50-kit-like-new", Slugs.of("Selling: Canon EOS R50 kit, like new"));
        assertEquals("best-khao-soi-in-chiang-mai", Slugs.of("  Best khao soi in Chiang Mai?  "));
    }

    @Test
    void apostrophesJoinAndRunsOfSymbolsGiveOneDash() {
        assertEquals("dont-miss-this", Slugs.of("Don't -- miss ... this!!!"));
        assertEquals("its-fine", Slugs.of("It’s fine"));
        assertEquals("a-b", Slugs.of("a/b"));
    }

    @Test
    void thaiTitleKeepsItsLettersWithTheirVowelsAndToneMarks() {
        assertEquals("ขายกล้อง-canon-มือสอง", Slugs.of("ขายกล้อง Canon มือสอง!"));
        // Sara i (ิ), mai tho (้), mai ek (่) and sara u (ุ) are combining marks: they stay on their letters.
        assertEquals("พูดคุยทั่วไป", Slugs.of("พูดคุยทั่วไป"));
        assertEquals("น้ำตก-เชียงใหม่", Slugs.of("น้ำตก เชียงใหม่"));
    }

    @Test
    void thaiSlugTravelsPercentEncodedAndComesBackTheSame() {
        var slug = Slugs.of("ขายกล้อง Canon");
        var onTheWire = URLEncoder.encode(slug, StandardCharsets.UTF_8);
        assertTrue(onTheWire.matches("[A-Za-z0-9%-]+"), onTheWire);
        assertEquals(slug, URLDecoder.decode(onTheWire, StandardCharsets.UTF_8));
    }

    @Test
    void thaiAndFullWidthDigitsBecomeAsciiDigits() {
        assertEquals("ราคา-2500-บาท", Slugs.of("ราคา ๒๕๐๐ บาท"));
        assertEquals("r50", Slugs.of("Ｒ５０"));
    }

    @Test
    void thaiTypedEitherWayGivesOneSlug() {
        // SARA AM typed as NIKHAHIT + SARA AA, and the tone mark typed before it.
        assertEquals(Slugs.of("น้ำตก"), Slugs.of("น\u0E4D\u0E49\u0E32ตก"));
        assertEquals(Slugs.of("แม่"), Slugs.of("เเม่"));
    }

    @Test
    void aMarkAfterASeparatorStartsNoWord() {
        assertEquals("ก", Slugs.of("\u0E34 ก"));
    }

    @Test
    void titleWithoutLettersGivesAnEmptySlug() {
        assertEquals("", Slugs.of("!!! ??? ..."));
        assertEquals("", Slugs.of("   "));
        assertEquals("", Slugs.of(null));
    }

    @Test
    void longTitleIsCutAtTheLimitWithoutTrailingDashOrSplitMarks() {
        var slug = Slugs.of("word ".repeat(40));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertTrue(!slug.endsWith("-") && slug.startsWith("word-word"), slug);
        var thai = Slugs.of("ที่".repeat(100));
        assertEquals(
                Slugs.MAX_LENGTH, thai.codePoints().filter(Character::isLetter).count());
        assertTrue(thai.endsWith("ที่"), "the last letter keeps its marks: " + thai);
    }

    @Test
    void sameTitleAlwaysGivesTheSameSlug() {
        assertEquals(Slugs.of("Rainy season cycling routes"), Slugs.of("RAINY  season: cycling routes"));
    }
}
