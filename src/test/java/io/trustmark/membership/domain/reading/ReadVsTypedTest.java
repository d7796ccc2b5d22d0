package io.trustmark.membership.domain.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.DocumentKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadVsTypedTest {

    static final String REGISTERED = ReadingChecksTest.REGISTERED;

    private static ReadVsTyped row(List<ReadVsTyped> rows, String field) {
        return rows.stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
    }

    private static ReadVsTyped.Typed typed(String number) {
        return ReadVsTyped.Typed.of(ReadingChecksTest.typed(number), null);
    }

    @Test
    void everythingReadAsTypedAndRegisteredAgrees() {
        var rows = ReadVsTyped.of(
                ReadingChecksTest.card(REGISTERED, DocumentReading.Religion.MASKED_WORDS),
                typed(REGISTERED),
                REGISTERED);
        assertTrue(rows.stream().noneMatch(ReadVsTyped::differs), rows.toString());
        assertTrue(row(rows, "number").agrees());
        assertTrue(row(rows, "thaiGiven").agrees());
        assertTrue(row(rows, "expiry").agrees());
    }

    @Test
    void aMisreadDigitIsADisagreementNeverAnAgreement() {
        // One digit read wrong (8 for 3): the member typed and registered the right number, yet the row differs.
        var misread = REGISTERED.substring(0, 4) + "8" + REGISTERED.substring(5);
        var rows = ReadVsTyped.of(
                ReadingChecksTest.card(misread, DocumentReading.Religion.MASKED_WORDS), typed(REGISTERED), REGISTERED);
        var number = row(rows, "number");
        assertTrue(number.differs());
        assertFalse(number.agrees());
    }

    @Test
    void aPrintedNumberOtherThanTheRegisteredOneDiffersEvenWhenTypedAsRegistered() {
        var printed = "3100600045677";
        var rows = ReadVsTyped.of(
                ReadingChecksTest.card(printed, DocumentReading.Religion.MASKED_WORDS), typed(REGISTERED), REGISTERED);
        assertTrue(row(rows, "number").differs());
        // Typed as printed, but not the registered one: still differs.
        rows = ReadVsTyped.of(
                ReadingChecksTest.card(printed, DocumentReading.Religion.MASKED_WORDS), typed(printed), REGISTERED);
        assertTrue(row(rows, "number").differs());
    }

    @Test
    void spacingDashesAndEnglishLetterCaseAreNotDisagreements() {
        var typed = new ReadVsTyped.Typed(
                "1-1037-00012-34-6",
                null,
                "นาย",
                "สมชาย",
                "ใจดี",
                "Mr.",
                "SOMCHAI",
                "jaidee ",
                ReadingChecksTest.EXPIRY,
                null);
        var rows = ReadVsTyped.of(
                ReadingChecksTest.card(REGISTERED, DocumentReading.Religion.MASKED_WORDS), typed, REGISTERED);
        assertTrue(rows.stream().noneMatch(ReadVsTyped::differs), rows.toString());
    }

    @Test
    void aFieldNotReadNeitherAgreesNorDiffers() {
        var rows = ReadVsTyped.of(ReadingChecksTest.card(null, null), typed(REGISTERED), REGISTERED);
        var number = row(rows, "number");
        assertFalse(number.isRead());
        assertFalse(number.differs());
        assertFalse(number.agrees());
    }

    @Test
    void aReadingNotFinishedShowsNoRows() {
        var pending = new DocumentReading(1L, 2L, DocumentKind.ID_CARD_FRONT, Instant.EPOCH);
        assertEquals(List.of(), ReadVsTyped.of(pending, typed(REGISTERED), REGISTERED));
        pending.end(DocumentReading.Status.TIMED_OUT, 30_000L);
        assertEquals(List.of(), ReadVsTyped.of(pending, typed(REGISTERED), REGISTERED));
    }

    @Test
    void aPassbookComparesItsAccountName() {
        var reading = new DocumentReading(1L, 2L, DocumentKind.PASSBOOK, Instant.EPOCH);
        reading.passbook(new PassbookReading("นาย สมชาย ใจดี", null), 10);
        var rows = ReadVsTyped.of(reading, ReadVsTyped.Typed.of(null, "นาย สมชาย ใจดี"), REGISTERED);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).agrees());
        rows = ReadVsTyped.of(reading, ReadVsTyped.Typed.of(null, "นาย สมศรี ใจดี"), REGISTERED);
        assertTrue(rows.get(0).differs());
    }
}
