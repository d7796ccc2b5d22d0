package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.identity.domain.MrzTd3;
import io.trustmark.identity.domain.NameComparison;
import io.trustmark.identity.domain.NameMatcher;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.identity.domain.PassportNumber;
import io.trustmark.identity.domain.PersonName;
import io.trustmark.identity.domain.PrintedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks run on a request the moment it is submitted, before any person looks at it: the number
 * against the registered one, the checksum, the document's validity, where a reused identity comes from,
 * the passbook's account name against the name on the card, and a reminder that the face is for a person
 * to compare. The results are stored with the request and never recomputed.
 */
public final class AutomaticChecks {

    private AutomaticChecks() {}

    /**
     * @param request the request as submitted (its identity or identity source already described)
     * @param source  Citizen &rarr; Trusted: the approved request the identity comes from, else null
     * @param today   the submission date in Thailand
     */
    public static List<CheckResult> run(VerificationRequest request, VerificationRequest source, LocalDate today) {
        var member = request.getAccount();
        var results = new ArrayList<CheckResult>();
        results.add(numberMatch(member, request.getTypedNumber()));
        results.add(checksum(member, request.getTypedNumber()));
        var identity = request.getIdentity();
        if (identity != null) {
            results.add(expiry(identity.getExpiry(), today));
        } else if (request.getIdentitySourceRequestId() != null) {
            results.add(identitySource(source));
            identity = source == null ? null : source.getIdentity();
        }
        if (request.getPassbookAccountName() != null) {
            results.add(passbookName(identity, request.getPassbookAccountName()));
        }
        if (request.getRequestedTier() == Tier.TRUSTED) {
            results.add(
                    CheckResult.of(CheckCode.FACE, CheckOutcome.NEEDS_REVIEW, CheckReason.of("check.face.compare")));
        }
        return results;
    }

    static CheckResult numberMatch(Account member, String typed) {
        return member.getIdNumber().equals(typed)
                ? CheckResult.of(CheckCode.NUMBER_MATCH, CheckOutcome.PASS, CheckReason.of("check.number.matches"))
                : CheckResult.of(CheckCode.NUMBER_MATCH, CheckOutcome.FAIL, CheckReason.of("check.number.differs"));
    }

    static CheckResult checksum(Account member, String typed) {
        if (!member.isThai()) {
            // A passport number has no check digit of its own (the zone's is checked by the MRZ check when a
            // reviewer pastes it): a Thai ID checksum here failed, or asked for review, on every foreigner.
            return PassportNumber.isValid(typed)
                    ? CheckResult.of(
                            CheckCode.CHECKSUM, CheckOutcome.PASS, CheckReason.of("check.checksum.passportForm"))
                    : CheckResult.of(
                            CheckCode.CHECKSUM, CheckOutcome.FAIL, CheckReason.of("check.checksum.passportInvalid"));
        }
        return NationalIdNumber.isValid(typed)
                ? CheckResult.of(CheckCode.CHECKSUM, CheckOutcome.PASS, CheckReason.of("check.checksum.valid"))
                : CheckResult.of(CheckCode.CHECKSUM, CheckOutcome.FAIL, CheckReason.of("check.checksum.invalid"));
    }

    static CheckResult expiry(LocalDate expiry, LocalDate today) {
        if (expiry == null) {
            return CheckResult.of(CheckCode.EXPIRY, CheckOutcome.NEEDS_REVIEW, CheckReason.of("check.expiry.missing"));
        }
        // The wizard's own rule: the reviewer never reads "valid" beside a date the wizard would refuse.
        var refusal = TypedIdentity.expiryRefusal(expiry, today);
        if (refusal.isEmpty()) {
            return PrintedDate.isLifelong(expiry)
                    ? CheckResult.of(CheckCode.EXPIRY, CheckOutcome.PASS, CheckReason.of("check.expiry.lifelong"))
                    : CheckResult.of(CheckCode.EXPIRY, CheckOutcome.PASS, CheckReason.of("check.expiry.valid", expiry));
        }
        return refusal.get().messageKey().equals("verify.expiry.expired")
                ? CheckResult.of(CheckCode.EXPIRY, CheckOutcome.FAIL, CheckReason.of("check.expiry.expired", expiry))
                : CheckResult.of(CheckCode.EXPIRY, CheckOutcome.FAIL, CheckReason.of("check.expiry.tooFar", expiry));
    }

    static CheckResult identitySource(VerificationRequest source) {
        if (source == null || source.getStatus() != RequestStatus.APPROVED) {
            return CheckResult.of(
                    CheckCode.IDENTITY_SOURCE, CheckOutcome.NEEDS_REVIEW, CheckReason.of("check.source.none"));
        }
        if (source.getIdentity() == null) {
            return CheckResult.of(
                    CheckCode.IDENTITY_SOURCE,
                    CheckOutcome.NEEDS_REVIEW,
                    CheckReason.of("check.source.noNames", source.getId()));
        }
        return CheckResult.of(
                CheckCode.IDENTITY_SOURCE,
                CheckOutcome.PASS,
                CheckReason.of(
                        "check.source.verified",
                        source.getId(),
                        // The instant, not its UTC date: shown in Bangkok time (04:11 there is 21:11 UTC the day
                        // before).
                        source.getDecidedAt()));
    }

    static CheckResult passbookName(PrintedIdentity identity, String accountName) {
        if (identity == null) {
            return CheckResult.of(
                    CheckCode.PASSBOOK_NAME, CheckOutcome.NEEDS_REVIEW, CheckReason.of("check.passbook.noCardName"));
        }
        var thai = identity.hasThaiName()
                ? new PersonName(identity.getThaiTitle(), identity.getThaiGiven(), identity.getThaiSurname())
                : null;
        var english =
                new PersonName(identity.getEnglishTitle(), identity.getEnglishGiven(), identity.getEnglishSurname());
        return fromComparison(CheckCode.PASSBOOK_NAME, NameMatcher.compareAccountName(thai, english, accountName));
    }

    /**
     * What a passport's machine-readable zone (pasted by the reviewer) says against the request: its own
     * check digits, the passport number, the English names and the expiry typed by the member, and the
     * personal number against the registered ID, but only when that field holds a valid 13-digit Thai ID
     * (Thai passports are not known to carry it there).
     */
    public static CheckResult mrz(MrzTd3 zone, VerificationRequest request) {
        var reasons = new ArrayList<CheckReason>();
        var outcome = CheckOutcome.PASS;
        for (var check : zone.checks()) {
            if (!check.passes()) {
                // The field by its words (check.mrz.birthDate.fails …), not by its name in the code.
                reasons.add(CheckReason.of("check.mrz." + check.field() + ".fails"));
                outcome = CheckOutcome.FAIL;
            }
        }
        var identity = request.getIdentity();
        if (identity != null) {
            if (!zone.documentNumber().equals(identity.getDocumentNumber())) {
                reasons.add(
                        CheckReason.of("check.mrz.numberDiffers", zone.documentNumber(), identity.getDocumentNumber()));
                outcome = CheckOutcome.FAIL;
            }
            if (identity.getExpiry() != null && !zone.expiryDate().equals(identity.getExpiry())) {
                reasons.add(CheckReason.of("check.mrz.expiryDiffers", zone.expiryDate(), identity.getExpiry()));
                outcome = CheckOutcome.FAIL;
            }
            var names = NameMatcher.compare(
                    new PersonName(
                            identity.getEnglishTitle(), identity.getEnglishGiven(), identity.getEnglishSurname()),
                    new PersonName(null, zone.givenNames(), zone.surname()));
            var nameResult = fromComparison(CheckCode.MRZ, names);
            if (nameResult.outcome() != CheckOutcome.PASS) {
                reasons.addAll(nameResult.reasons());
                outcome = outcome == CheckOutcome.FAIL ? outcome : nameResult.outcome();
            }
        }
        var personal = zone.thaiPersonalNumber();
        if (personal.isPresent()) {
            if (personal.get().digits().equals(request.getAccount().getIdNumber())) {
                reasons.add(CheckReason.of("check.mrz.personalMatches"));
            } else {
                reasons.add(CheckReason.of("check.mrz.personalDiffers"));
                outcome = CheckOutcome.FAIL;
            }
        } else {
            reasons.add(CheckReason.of("check.mrz.noPersonalNumber"));
        }
        if (outcome == CheckOutcome.PASS) {
            reasons.add(0, CheckReason.of("check.mrz.consistent"));
        }
        return new CheckResult(CheckCode.MRZ, outcome, reasons);
    }

    static CheckResult fromComparison(CheckCode code, NameComparison comparison) {
        var outcome = switch (comparison.verdict()) {
            case MATCH -> CheckOutcome.PASS;
            case MISMATCH -> CheckOutcome.FAIL;
            case NEEDS_REVIEW -> CheckOutcome.NEEDS_REVIEW;
        };
        return new CheckResult(
                code,
                outcome,
                comparison.reasons().stream()
                        .map(e -> new CheckReason(e.key(), e.args()))
                        .toList());
    }
}
