package io.trustmark.membership.domain.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.CheckCode;
import io.trustmark.membership.domain.CheckOutcome;
import io.trustmark.membership.domain.CheckResult;
import io.trustmark.membership.domain.PrintedIdentity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingChecksTest {

    static final String REGISTERED = "1103700012346";
    static final LocalDate EXPIRY = LocalDate.of(2031, 8, 13);

    static PrintedIdentity typed(String number) {
        return new PrintedIdentity(
                DocumentKind.ID_CARD_FRONT, number, "นาย", "สมชาย", "ใจดี", "Mr.", "Somchai", "Jaidee", EXPIRY);
    }

    static DocumentReading card(String number, DocumentReading.Religion religion) {
        var reading = new DocumentReading(1L, 2L, DocumentKind.ID_CARD_FRONT, Instant.EPOCH);
        reading.card(
                new CardReading(
                        number,
                        "นาย",
                        "สมชาย",
                        "ใจดี",
                        "Mr.",
                        "Somchai",
                        "Jaidee",
                        null,
                        null,
                        EXPIRY,
                        true,
                        new CardReading.ReligionField(CardReading.Located.WORDS, null)),
                religion,
                900);
        return reading;
    }

    static CheckResult result(List<CheckResult> results, CheckCode code) {
        return results.stream().filter(r -> r.code() == code).findFirst().orElseThrow();
    }

    @Test
    void allAgreeingPasses() {
        var results = ReadingChecks.run(
                REGISTERED,
                typed(REGISTERED),
                null,
                List.of(card(REGISTERED, DocumentReading.Religion.MASKED_WORDS)),
                true);
        assertEquals(
                CheckOutcome.PASS, result(results, CheckCode.READ_FROM_PHOTO).outcome());
        assertEquals(
                CheckOutcome.PASS, result(results, CheckCode.RELIGION_MASKED).outcome());
    }

    @Test
    void aCardAndAPassbookMakeOneReadingCheckAsBadAsTheWorseOfThem() {
        // One row per check and request (uq_request_check): a Trusted request's card and passbook share it.
        var passbook = new DocumentReading(1L, 3L, DocumentKind.PASSBOOK, Instant.EPOCH);
        var results = ReadingChecks.run(
                REGISTERED,
                typed(REGISTERED),
                "SOMCHAI JAIDEE",
                List.of(card(REGISTERED, DocumentReading.Religion.MASKED_WORDS), passbook),
                true);
        assertEquals(
                1,
                results.stream()
                        .filter(r -> r.code() == CheckCode.READ_FROM_PHOTO)
                        .count(),
                results.toString());
        var read = result(results, CheckCode.READ_FROM_PHOTO);
        assertEquals(CheckOutcome.NEEDS_REVIEW, read.outcome(), "the card agrees, the passbook was not read");
        assertTrue(read.reasons().stream().anyMatch(r -> r.key().equals("check.read.agrees")), read.toString());
        assertTrue(read.reasons().stream().anyMatch(r -> r.key().equals("check.read.none")), read.toString());
    }

    @Test
    void aPrintedNumberOtherThanTheRegisteredFailsEvenWhenTheTypedOneMatches() {
        var results = ReadingChecks.run(
                REGISTERED,
                typed(REGISTERED),
                null,
                List.of(card("3100600123459", DocumentReading.Religion.MASKED_WORDS)),
                true);
        var read = result(results, CheckCode.READ_FROM_PHOTO);
        assertEquals(CheckOutcome.FAIL, read.outcome());
        assertTrue(read.reasons().stream().anyMatch(r -> r.key().equals("check.read.numberNotRegistered")));
    }

    @Test
    void aMisreadNumberIsADisagreementNeverAPass() {
        // One digit misread (checksum fails): shown as a disagreement for the reviewer.
        var results = ReadingChecks.run(
                REGISTERED,
                typed(REGISTERED),
                null,
                List.of(card("1103700012846", DocumentReading.Religion.MASKED_WORDS)),
                true);
        assertEquals(
                CheckOutcome.FAIL, result(results, CheckCode.READ_FROM_PHOTO).outcome());
    }

    @Test
    void aReadNameOtherThanTheTypedOneFails() {
        var reading = card(REGISTERED, DocumentReading.Religion.MASKED_WORDS);
        var typed = new PrintedIdentity(
                DocumentKind.ID_CARD_FRONT, REGISTERED, "นาย", "สมศักดิ์", "ใจดี", "Mr.", "Somchai", "Jaidee", EXPIRY);
        assertEquals(
                CheckOutcome.FAIL,
                result(ReadingChecks.run(REGISTERED, typed, null, List.of(reading), true), CheckCode.READ_FROM_PHOTO)
                        .outcome());
    }

    @Test
    void aReligionNotLocatedAsksForReviewAndNoReadingMeansNoReadCheck() {
        var notFound = ReadingChecks.run(
                REGISTERED,
                typed(REGISTERED),
                null,
                List.of(card(REGISTERED, DocumentReading.Religion.NOT_FOUND)),
                true);
        assertEquals(
                CheckOutcome.NEEDS_REVIEW,
                result(notFound, CheckCode.RELIGION_MASKED).outcome());
        var unavailable = ReadingChecks.run(REGISTERED, typed(REGISTERED), null, List.of(), false);
        assertTrue(unavailable.stream().noneMatch(r -> r.code() == CheckCode.READ_FROM_PHOTO));
        assertEquals(
                CheckOutcome.NEEDS_REVIEW,
                result(unavailable, CheckCode.RELIGION_MASKED).outcome());
    }
}
