package io.trustmark.membership.domain.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.trustmark.document.domain.LineReader;
import io.trustmark.document.domain.PageText;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The card's number read again with digits only when the page's reading fails its check digit. */
class CardNumberTest {

    static final String VALID = "1103700012346";
    static final String MISREAD = "1103780012346"; // one digit wrong: the check digit fails

    private static PageText.Word word(String text, int x) {
        return new PageText.Word(text, new PageText.Box(x, 100, 40 * text.length(), 40), 90);
    }

    /** The card's number line: its Thai label, then the digits in the card's grouping. */
    private static List<CardReader.Read> numberLine(String number) {
        var words = List.of(
                word("เลขประจำตัวประชาชน", 20),
                word(number.substring(0, 1), 800),
                word(number.substring(1, 5), 860),
                word(number.substring(5, 10), 1040),
                word(number.substring(10, 12), 1260),
                word(number.substring(12), 1360));
        var text = "เลขประจำตัวประชาชน " + number.charAt(0) + " " + number.substring(1, 5) + " "
                + number.substring(5, 10) + " " + number.substring(10, 12) + " " + number.substring(12);
        var line = new PageText.Line(text, new PageText.Box(20, 100, 1400, 40), words);
        return List.of(new CardReader.Read(text, line));
    }

    /** A reader whose digits-only pass gives {@code digits}, and which notes the box it was asked for. */
    private static LineReader digitsGive(String digits, AtomicReference<PageText.Box> asked) {
        return new LineReader() {
            @Override
            public PageText read(PageText.Box box, String languages) {
                throw new AssertionError("only the digits are read again");
            }

            @Override
            public PageText digits(PageText.Box box) {
                asked.set(box);
                var line = new PageText.Line(digits, box, List.of(new PageText.Word(digits, box, 90)));
                return new PageText(100, 100, 1, List.of(line), 1);
            }
        };
    }

    @Test
    void aValidNumberFromThePageIsNotReadAgain() {
        var asked = new AtomicReference<PageText.Box>();
        assertEquals(VALID, CardReader.numberAgain(numberLine(VALID), VALID, digitsGive(MISREAD, asked)));
        assertNull(asked.get());
    }

    @Test
    void aMisreadIsReadAgainOverTheDigitsOnlyAndTakenWhenItsCheckDigitHolds() {
        var asked = new AtomicReference<PageText.Box>();
        assertEquals(
                VALID, CardReader.numberAgain(numberLine(MISREAD), MISREAD, digitsGive("1 1037 00012 34 6", asked)));
        assertNotNull(asked.get());
        // Only the digits, not the label, are read again.
        assertEquals(true, asked.get().x() > 700, "box " + asked.get());
    }

    @Test
    void aMisreadStaysAsReadWhenTheSecondReadingFailsToo() {
        // Never replaced by a guess: the misread number is kept, and shows as a disagreement.
        var asked = new AtomicReference<PageText.Box>();
        assertEquals(MISREAD, CardReader.numberAgain(numberLine(MISREAD), MISREAD, digitsGive("1103700012340", asked)));
    }

    @Test
    void noNumberOnThePageTakesThe13DigitsReadAlone() {
        var asked = new AtomicReference<PageText.Box>();
        assertEquals(VALID, CardReader.numberAgain(numberLine(VALID), null, digitsGive(VALID, asked)));
    }

    /** A reader whose first digits-only pass gives {@code first} and whose evened page gives {@code evened}. */
    private static LineReader evenedGives(String first, String evened, AtomicReference<Boolean> askedEvened) {
        var asked = new AtomicReference<PageText.Box>();
        var again = digitsGive(evened, asked);
        var firstReader = digitsGive(first, asked);
        return new LineReader() {
            @Override
            public PageText read(PageText.Box box, String languages) {
                return firstReader.read(box, languages);
            }

            @Override
            public PageText digits(PageText.Box box) {
                return firstReader.digits(box);
            }

            @Override
            public Evened evened() {
                askedEvened.set(true);
                var line = numberLine(evened).get(0).line();
                return new Evened(new PageText(100, 100, 1, List.of(line), 1), again);
            }
        };
    }

    @Test
    void aNumberFailingItsCheckDigitTwiceIsReadOnceMoreOnTheEvenedPageAndTakenWhenItHolds() {
        var evened = new AtomicReference<Boolean>(false);
        assertEquals(VALID, CardReader.evenedNumber(MISREAD, evenedGives(MISREAD, VALID, evened)));
        assertEquals(true, evened.get());
    }

    @Test
    void noNumberAtAllIsLookedForOnTheEvenedPage() {
        var evened = new AtomicReference<Boolean>(false);
        assertEquals(VALID, CardReader.evenedNumber(null, evenedGives(MISREAD, VALID, evened)));
    }

    @Test
    void whatTheEvenedPageGivesIsNeverTakenWhenItsCheckDigitFails() {
        // The first read is kept (a misread then shows as a disagreement); the second, failing too, is not used.
        var evened = new AtomicReference<Boolean>(false);
        assertEquals(MISREAD, CardReader.evenedNumber(MISREAD, evenedGives(MISREAD, "1103700012340", evened)));
        assertNull(CardReader.evenedNumber(null, evenedGives(MISREAD, "1103700012340", evened)));
    }

    @Test
    void aValidNumberIsNotReadOnTheEvenedPage() {
        var evened = new AtomicReference<Boolean>(false);
        assertEquals(VALID, CardReader.evenedNumber(VALID, evenedGives(VALID, MISREAD, evened)));
        assertEquals(false, evened.get());
    }

    @Test
    void aReaderWithoutAnEvenedPageKeepsWhatWasRead() {
        assertEquals(MISREAD, CardReader.evenedNumber(MISREAD, LineReader.NONE));
    }

    @Test
    void aCardReadWithoutANumberOrWithOneFailingItsCheckDigitAsksTheMemberToRetakeOrTypeIt() {
        assertEquals(false, unread(VALID));
        assertEquals(true, unread(MISREAD));
        assertEquals(true, unread(null));
        var pending = new DocumentReading(
                1L, 2L, io.trustmark.document.domain.DocumentKind.ID_CARD_FRONT, java.time.Instant.now());
        assertEquals(false, pending.cardNumberUnread(), "not read yet");
    }

    private static boolean unread(String number) {
        var reading = new DocumentReading(
                1L, 2L, io.trustmark.document.domain.DocumentKind.ID_CARD_FRONT, java.time.Instant.now());
        reading.card(
                new CardReading(
                        number,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new CardReading.ReligionField(CardReading.Located.NOT_FOUND, null)),
                DocumentReading.Religion.NOT_FOUND,
                10);
        return reading.cardNumberUnread();
    }
}
