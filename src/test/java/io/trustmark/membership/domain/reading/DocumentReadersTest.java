package io.trustmark.membership.domain.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustmark.document.application.DocumentReader;
import io.trustmark.document.domain.LineReader;
import io.trustmark.document.domain.PageText;
import io.trustmark.membership.domain.ThaiBank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The passport's zone and the passbook's name read from generated pages; and what the readers make of bad reads. */
class DocumentReadersTest {

    static Ocr ocr;
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @BeforeAll
    static void open() {
        ocr = Ocr.available() ? new Ocr() : null;
    }

    @AfterAll
    static void close() {
        if (ocr != null) {
            ocr.close();
        }
    }

    @Test
    void readsAPassportZoneWhoseCheckDigitsPass() {
        assumeTrue(ocr != null, "tesseract not installed");
        for (long seed : new long[] {11, 12}) {
            var page = SyntheticDocuments.passportPage(seed);
            var zone =
                    ocr.read(page.image(), DocumentReader.Pass.MRZ, (text, lines) -> PassportReader.read(text, TODAY));
            assertTrue(zone.isPresent(), "seed " + seed);
            assertEquals(page.person().passportNumber(), zone.get().documentNumber());
            assertEquals(
                    page.person().englishSurname().toUpperCase(), zone.get().surname());
            assertEquals(page.person().birth(), zone.get().birthDate());
            assertEquals(page.person().expiry(), zone.get().expiryDate());
            assertEquals("THA", zone.get().nationality());
        }
    }

    @Test
    void readsThePassbooksAccountNameAndBank() {
        assumeTrue(ocr != null, "tesseract not installed");
        for (long seed : new long[] {21, 22}) {
            var page = SyntheticDocuments.passbook(seed);
            var p = page.person();
            var read =
                    ocr.read(page.image(), DocumentReader.Pass.THAI_PAGE, (text, lines) -> PassbookReader.read(text));
            assertEquals(
                    p.thaiTitle() + " " + p.thaiGiven() + " " + p.thaiSurname(), read.accountName(), "seed " + seed);
            assertEquals(ThaiBank.valueOf(SyntheticDocuments.passbookBank(seed)), read.bank());
        }
    }

    @Test
    void aZoneLineWithAWrongCheckDigitIsNotUsed() {
        var zone = SyntheticDocuments.mrz(SyntheticDocuments.person(5));
        var misread = zone.get(1).substring(0, 2)
                + (zone.get(1).charAt(2) == '8' ? '3' : '8')
                + zone.get(1).substring(3);
        assertTrue(PassportReader.read(page(zone.get(0), zone.get(1)), TODAY).isPresent());
        assertFalse(PassportReader.read(page(zone.get(0), misread), TODAY).isPresent());
    }

    @Test
    void aMisreadNumberIsKeptAsRead() {
        // One digit off: the checksum fails, and the reading says what it saw rather than nothing or a guess.
        var read = CardReader.read(page("เลขประจำตัวประชาชน 1 1037 00012 34 5", "Name Mr. Somchai"), LineReader.NONE);
        assertEquals("1103700012345", read.number());
    }

    @Test
    void birthLinesThatDisagreeGiveNoDate() {
        var read = CardReader.read(
                page(
                        "เกิดวันที่ 14 ส.ค. 2528",
                        "Date of Birth 15 Aug. 1985",
                        "วันบัตรหมดอายุ 13 ส.ค. 2574",
                        "Date of Expiry 13 Aug. 2031"),
                LineReader.NONE);
        assertNull(read.birth());
        assertEquals(Boolean.FALSE, read.birthDatesAgree());
        assertEquals(LocalDate.of(2031, 8, 13), read.expiry());
        assertEquals(Boolean.TRUE, read.expiryDatesAgree());
    }

    @Test
    void religionFallsBackToTheLayoutBelowTheBirthLine() {
        var read = CardReader.read(page("Date of Birth 15 Aug. 1985"), LineReader.NONE);
        assertEquals(CardReading.Located.LAYOUT, read.religion().located());
        assertTrue(read.religion().box().y() > 0);
        var none = CardReader.read(page("Name Mr. Somchai"), LineReader.NONE);
        assertEquals(CardReading.Located.NOT_FOUND, none.religion().located());
    }

    /** A page whose lines are {@code texts}, 50 px apart, each one word (a non-Thai line is split at spaces). */
    static PageText page(String... texts) {
        var lines = new ArrayList<PageText.Line>();
        int y = 10;
        for (var text : texts) {
            var box = new PageText.Box(10, y, 20 * text.length(), 40);
            var words = new ArrayList<PageText.Word>();
            int x = 10;
            for (var part : text.split(" ")) {
                words.add(new PageText.Word(part, new PageText.Box(x, y, 20 * part.length(), 40), 90));
                x += 20 * part.length() + 20;
            }
            lines.add(new PageText.Line(text, box, words));
            y += 50;
        }
        return new PageText(2000, 1000, 1, List.copyOf(lines), 1);
    }
}
