package io.trustmark.membership.domain.reading;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.CheckCode;
import io.trustmark.membership.domain.CheckOutcome;
import io.trustmark.membership.domain.CheckReason;
import io.trustmark.membership.domain.CheckResult;
import io.trustmark.membership.domain.PrintedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The automatic checks that use what was read from the photos as evidence: the number printed on the card against
 * the registered one (a card whose printed number differs is flagged even when the member typed the registered
 * number), the read names and expiry against the typed ones, the passbook's read name against the typed one, and
 * whether the religion field was blanked. Only an exact agreement passes: a misread is a disagreement for a person
 * to look at, never a pass.
 */
public final class ReadingChecks {

    private ReadingChecks() {}

    /**
     * @param registered the member's registered ID (or passport) number
     * @param typed      what the member typed from the identity document; null when no document was needed
     * @param typedAccountName the passbook name typed; null without a passbook
     * @param readings   the readings of the request's documents; a kind without one was not read
     * @param available  whether machine reading runs on this server
     */
    public static List<CheckResult> run(
            String registered,
            PrintedIdentity typed,
            String typedAccountName,
            List<DocumentReading> readings,
            boolean available) {
        var results = new ArrayList<CheckResult>();
        // Without machine reading on this server there is no evidence to weigh, and no request is flagged for it.
        CheckResult read = null;
        if (typed != null) {
            var reading = of(readings, typed.getDocumentKind());
            if (available) {
                read = identity(registered, typed, reading, available);
            }
            if (typed.getDocumentKind() == DocumentKind.ID_CARD_FRONT) {
                results.add(religion(reading, available));
            }
        }
        if (typedAccountName != null && available) {
            var passbook = passbook(typedAccountName, of(readings, DocumentKind.PASSBOOK), available);
            read = read == null ? passbook : both(read, passbook);
        }
        if (read != null) {
            results.add(0, read);
        }
        return results;
    }

    /**
     * A request is checked once per check (one row per code): the card's and the passbook's readings make one
     * "read from the photo" result, as bad as the worse of the two, with the reasons of both.
     */
    private static CheckResult both(CheckResult card, CheckResult passbook) {
        var reasons = new ArrayList<>(card.reasons());
        reasons.addAll(passbook.reasons());
        var outcome = card.outcome() == CheckOutcome.FAIL || passbook.outcome() == CheckOutcome.FAIL
                ? CheckOutcome.FAIL
                : card.outcome() == CheckOutcome.PASS ? passbook.outcome() : card.outcome();
        return new CheckResult(CheckCode.READ_FROM_PHOTO, outcome, reasons);
    }

    private static DocumentReading of(List<DocumentReading> readings, DocumentKind kind) {
        return readings.stream().filter(r -> r.getKind() == kind).findFirst().orElse(null);
    }

    private static CheckResult notRead(DocumentReading reading, boolean available) {
        if (!available) {
            return CheckResult.of(
                    CheckCode.READ_FROM_PHOTO, CheckOutcome.NEEDS_REVIEW, CheckReason.of("check.read.unavailable"));
        }
        return CheckResult.of(
                CheckCode.READ_FROM_PHOTO,
                CheckOutcome.NEEDS_REVIEW,
                CheckReason.of("check.read.none", reading == null ? "-" : reading.getStatus()));
    }

    static CheckResult identity(String registered, PrintedIdentity typed, DocumentReading reading, boolean available) {
        if (reading == null || reading.getStatus() != DocumentReading.Status.READ) {
            return notRead(reading, available);
        }
        var reasons = new ArrayList<CheckReason>();
        var outcome = CheckOutcome.PASS;
        boolean card = typed.getDocumentKind() == DocumentKind.ID_CARD_FRONT;
        var readNumber = card ? reading.getIdNumber() : reading.getPassportNumber();
        if (readNumber == null) {
            reasons.add(CheckReason.of(card ? "check.read.noNumber" : "check.read.noZone"));
            outcome = CheckOutcome.NEEDS_REVIEW;
        } else {
            if (card && !readNumber.equals(registered)) {
                reasons.add(CheckReason.of("check.read.numberNotRegistered", readNumber));
                outcome = CheckOutcome.FAIL;
            }
            if (!readNumber.equals(typed.getDocumentNumber())) {
                reasons.add(CheckReason.of("check.read.numberNotTyped", readNumber, typed.getDocumentNumber()));
                outcome = CheckOutcome.FAIL;
            }
        }
        if (!card && reading.getIdNumber() != null && !reading.getIdNumber().equals(registered)) {
            reasons.add(CheckReason.of("check.read.numberNotRegistered", reading.getIdNumber()));
            outcome = CheckOutcome.FAIL;
        }
        outcome = field(reasons, outcome, "thaiGiven", reading.getThaiGiven(), typed.getThaiGiven());
        outcome = field(reasons, outcome, "thaiSurname", reading.getThaiSurname(), typed.getThaiSurname());
        outcome = field(
                reasons, outcome, "englishGiven", upper(reading.getEnglishGiven()), upper(typed.getEnglishGiven()));
        outcome = field(
                reasons,
                outcome,
                "englishSurname",
                upper(reading.getEnglishSurname()),
                upper(typed.getEnglishSurname()));
        outcome = field(reasons, outcome, "expiry", reading.getExpiry(), typed.getExpiry());
        if (reading.getDatesAgree() == Boolean.FALSE) {
            reasons.add(CheckReason.of("check.read.datesDisagree"));
            outcome = outcome == CheckOutcome.FAIL ? outcome : CheckOutcome.NEEDS_REVIEW;
        }
        if (outcome == CheckOutcome.PASS) {
            reasons.add(0, CheckReason.of("check.read.agrees"));
        }
        return new CheckResult(CheckCode.READ_FROM_PHOTO, outcome, reasons);
    }

    /** A field read and typed: differs → FAIL; not read → a note (the reviewer compares it with the photo). */
    private static CheckOutcome field(
            List<CheckReason> reasons, CheckOutcome outcome, String name, Object read, Object typed) {
        if (read == null) {
            if (typed != null) {
                reasons.add(CheckReason.of("check.read.fieldNotRead", name));
                return outcome == CheckOutcome.PASS ? CheckOutcome.NEEDS_REVIEW : outcome;
            }
            return outcome;
        }
        if (!Objects.equals(read, typed)) {
            reasons.add(CheckReason.of("check.read.fieldDiffers", name, read, typed == null ? "-" : typed));
            return CheckOutcome.FAIL;
        }
        return outcome;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    static CheckResult religion(DocumentReading reading, boolean available) {
        if (reading == null || reading.getReligion() == null) {
            return CheckResult.of(
                    CheckCode.RELIGION_MASKED,
                    CheckOutcome.NEEDS_REVIEW,
                    CheckReason.of(available ? "check.religion.notRead" : "check.religion.unavailable"));
        }
        return switch (reading.getReligion()) {
            case MASKED_WORDS, MASKED_LAYOUT ->
                CheckResult.of(CheckCode.RELIGION_MASKED, CheckOutcome.PASS, CheckReason.of("check.religion.masked"));
            case NOT_FOUND ->
                CheckResult.of(
                        CheckCode.RELIGION_MASKED,
                        CheckOutcome.NEEDS_REVIEW,
                        CheckReason.of("check.religion.notFound"));
        };
    }

    static CheckResult passbook(String typedName, DocumentReading reading, boolean available) {
        if (reading == null || reading.getStatus() != DocumentReading.Status.READ) {
            return notRead(reading, available);
        }
        if (reading.getAccountName() == null) {
            return CheckResult.of(
                    CheckCode.READ_FROM_PHOTO, CheckOutcome.NEEDS_REVIEW, CheckReason.of("check.read.noAccountName"));
        }
        return reading.getAccountName().replace(" ", "").equals(typedName.replace(" ", ""))
                ? CheckResult.of(
                        CheckCode.READ_FROM_PHOTO, CheckOutcome.PASS, CheckReason.of("check.read.passbookAgrees"))
                : CheckResult.of(
                        CheckCode.READ_FROM_PHOTO,
                        CheckOutcome.FAIL,
                        CheckReason.of("check.read.passbookDiffers", reading.getAccountName(), typedName));
    }
}
