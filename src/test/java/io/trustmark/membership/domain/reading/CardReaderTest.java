package io.trustmark.membership.domain.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustmark.document.application.DocumentReader;
import io.trustmark.document.domain.PageText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fields of generated card fronts, read by tesseract as the application reads them. */
class CardReaderTest {

    static Ocr ocr;

    @BeforeAll
    static void open() {
        assumeTrue(Ocr.available(), "tesseract with tha+eng is not installed (.ci/run installs it)");
        ocr = new Ocr();
    }

    @AfterAll
    static void close() {
        if (ocr != null) {
            ocr.close();
        }
    }

    @Test
    void readsEveryFieldOfACleanCard() {
        for (long seed : new long[] {1, 2, 3}) {
            var card = SyntheticDocuments.idCardFront(seed);
            var p = card.person();
            var both = ocr.read(card.image(), DocumentReader.Pass.PAGE, (page, lines) ->
                    new Object[] {page, CardReader.read(page, lines)});
            var page = (PageText) both[0];
            var read = (CardReading) both[1];
            assertEquals(p.number(), read.number(), "number, seed " + seed + "\n" + page.text());
            assertEquals(p.thaiTitle(), read.thaiTitle(), page.text());
            assertEquals(p.thaiGiven(), read.thaiGiven(), page.text());
            assertEquals(p.thaiSurname(), read.thaiSurname(), page.text());
            assertEquals(p.englishTitle(), read.englishTitle(), page.text());
            assertEquals(p.englishGiven(), read.englishGiven(), page.text());
            assertEquals(p.englishSurname(), read.englishSurname(), page.text());
            assertEquals(p.birth(), read.birth(), page.text());
            assertEquals(p.expiry(), read.expiry(), page.text());
            assertEquals(CardReading.Located.WORDS, read.religion().located(), page.text());
            var mask = read.religion().box().unscaled(page.scale());
            assertTrue(
                    new java.awt.Rectangle(mask.x(), mask.y(), mask.width(), mask.height()).contains(card.religion()),
                    "the mask " + mask + " covers the religion " + card.religion());
        }
    }
}
