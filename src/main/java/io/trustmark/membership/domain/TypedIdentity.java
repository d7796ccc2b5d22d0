package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.identity.domain.IdentityNumberException;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.identity.domain.PassportNumber;
import io.trustmark.identity.domain.PrintedDate;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The one check of what a member types from their ID card or passport: the number must be the one they
 * registered with, a Thai passport's own number must be well formed, and the document must not have
 * expired. The wizard asks it field by field as the member goes, and the submission asks it again; both
 * show the same refusal.
 */
public final class TypedIdentity {

    /** Why a typed value is refused: a bundle key and its arguments. */
    public record Refusal(String messageKey, List<Object> args) {

        public Refusal {
            args = List.copyOf(args);
        }

        static Optional<Refusal> of(String messageKey, Object... args) {
            return Optional.of(new Refusal(messageKey, List.of(args)));
        }

        /** The arguments as a message format takes them. */
        public Object[] arguments() {
            return args.toArray();
        }
    }

    private TypedIdentity() {}

    /**
     * The number field: for a Thai member the 13-digit ID (on a Thai passport, its personal number), for a
     * member who registered with a passport the passport number; either way the registered number.
     */
    public static Optional<Refusal> numberRefusal(Account member, String typed) {
        try {
            if (member.isThai()) {
                if (!NationalIdNumber.parse(typed).digits().equals(member.getIdNumber())) {
                    return Refusal.of("verify.number.mismatch");
                }
            } else if (!PassportNumber.parse(typed).value().equals(member.getIdNumber())) {
                return Refusal.of("verify.passport.mismatch");
            }
            return Optional.empty();
        } catch (IdentityNumberException e) {
            return Refusal.of(e.reason().messageKey());
        }
    }

    /** A Thai member's passport number (passport path only): well formed; it was not registered, so not compared. */
    public static Optional<Refusal> passportNumberRefusal(String typed) {
        try {
            PassportNumber.parse(typed);
            return Optional.empty();
        } catch (IdentityNumberException e) {
            return Refusal.of(e.reason().messageKey());
        }
    }

    /**
     * How far away a genuine expiry can be. A Thai ID card is valid at most 8 years and a passport 10
     * from the day it is issued, and a card's expiry falls on the holder's birthday, up to a year after
     * that: 11 years from today is the latest any of them can still be. A later date is a mistyped year,
     * not a document to approve.
     */
    public static final Period LONGEST_VALIDITY = Period.ofYears(11);

    /**
     * The expiry printed on the document: given, not before {@code today} (in Thailand, where it
     * expires), and not later than {@link #LONGEST_VALIDITY} from today. Read from what was typed by
     * {@link PrintedDate}.
     */
    public static Optional<Refusal> expiryRefusal(LocalDate expiry, LocalDate today) {
        if (expiry == null) {
            return Refusal.of("verify.expiry.required");
        }
        if (PrintedDate.isLifelong(expiry)) {
            return Optional.empty(); // a card issued for life never expires
        }
        if (expiry.isBefore(today)) {
            return Refusal.of("verify.expiry.expired");
        }
        if (expiry.isAfter(today.plus(LONGEST_VALIDITY))) {
            return Refusal.of("verify.expiry.tooFar", LONGEST_VALIDITY.getYears());
        }
        return Optional.empty();
    }

    /**
     * The number recorded for the document, once its fields passed the checks above: a passport's own
     * number, or the card's 13 digits.
     */
    public static String documentNumber(Account member, DocumentKind document, String number, String passportNumber) {
        if (!member.isThai()) {
            return PassportNumber.parse(number).value();
        }
        return document == DocumentKind.PASSPORT_PAGE
                ? PassportNumber.parse(passportNumber).value()
                : NationalIdNumber.parse(number).digits();
    }
}
