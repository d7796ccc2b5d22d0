package io.trustmark.membership.domain.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustmark.document.application.DocumentReader;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.LineReader;
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

    /** The seed of the benchmark's {@code i}-th glare card (bench/OcrEval.java). */
    private static long glareSeed(int i) {
        return 1000L * ("GLARE".hashCode() & 0xffff) + i;
    }

    /** {@code lines} without the second reading on the evened page: the pipeline as it was before it. */
    private static LineReader withoutEvening(LineReader lines) {
        return new LineReader() {
            @Override
            public PageText read(PageText.Box box, String languages) {
                return lines.read(box, languages);
            }

            @Override
            public PageText digits(PageText.Box box) {
                return lines.digits(box);
            }
        };
    }

    @Test
    void aNumberPaledByAReflectionIsReadOnTheEvenedPage() {
        // Glare cards of the benchmark whose number the page and the digits-only pass miss: read once evened.
        for (int i : new int[] {2, 3, 7}) {
            long seed = glareSeed(i);
            var card = SyntheticDocuments.idCardFront(seed);
            var photo = SyntheticDocuments.distort(card.image(), SyntheticDocuments.Distortion.GLARE, seed);
            if (i == 2) {
                var before = ocr.read(
                        photo, DocumentReader.Pass.PAGE, (page, lines) -> CardReader.read(page, withoutEvening(lines)));
                assertNotEquals(card.person().number(), before.number(), "missed before evening");
            }
            var read = ocr.read(photo, DocumentReader.Pass.PAGE, CardReader::read);
            assertEquals(card.person().number(), read.number(), "glare card " + i);
        }
    }

    @Test
    void aNumberBlownOutToWhiteByAReflectionIsNotReadAndTheMemberIsAskedToRetakeIt() {
        for (long seed : new long[] {43, 44}) {
            var card = SyntheticDocuments.idCardFront(seed);
            var read = ocr.read(
                    SyntheticDocuments.glared(card.image(), seed, 4), DocumentReader.Pass.PAGE, CardReader::read);
            // Never a number that passes its check digit and is not the printed one: nothing, or a misread that the
            // member is not offered and the reviewer sees as a disagreement.
            var reading = new DocumentReading(1L, 2L, DocumentKind.ID_CARD_FRONT, java.time.Instant.now());
            reading.card(read, DocumentReading.Religion.MASKED_WORDS, 1);
            assertTrue(reading.cardNumberUnread(), "seed " + seed + " read " + read.number());
        }
    }
}
