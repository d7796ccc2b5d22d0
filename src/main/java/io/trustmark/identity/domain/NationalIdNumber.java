package io.trustmark.identity.domain;

import io.trustmark.identity.domain.IdentityNumberException.Reason;

/**
 * A Thai national identification number: 13 ASCII digits whose first digit is the person's
 * registration category (1-8) and whose last digit is a mod-11 check digit.
 *
 * <p>Construction always validates, so holding an instance proves the number is well formed
 * (not that it was issued). Use {@link #parse(String)} for user input; the canonical
 * constructor accepts only the folded 13-digit form.
 *
 * <p>{@link #toString()} is masked because records are routinely logged and the full number
 * is personal data; use {@link #digits()} only where the number is really needed.
 */
public record NationalIdNumber(String digits) {

    private static final int LENGTH = 13;
    private static final int VISIBLE_WHEN_MASKED = 4;

    public NationalIdNumber {
        if (digits == null || digits.isEmpty()) {
            throw new IdentityNumberException(Reason.EMPTY);
        }
        if (!isAsciiDigits(digits)) {
            throw new IdentityNumberException(Reason.INVALID_CHARACTERS);
        }
        if (digits.length() != LENGTH) {
            throw new IdentityNumberException(Reason.WRONG_LENGTH);
        }
        // Category 0 was never issued and 9 is not used for national IDs.
        char category = digits.charAt(0);
        if (category == '0' || category == '9') {
            throw new IdentityNumberException(Reason.INVALID_CATEGORY);
        }
        if (checkDigit(digits.substring(0, LENGTH - 1)) != digits.charAt(LENGTH - 1) - '0') {
            throw new IdentityNumberException(Reason.BAD_CHECKSUM);
        }
    }

    /**
     * Parses a number as a person typed or pasted it: Thai or full-width digits, spaces,
     * dashes and invisible characters are accepted (see {@link IdentityNumbers#foldDigits}).
     *
     * @throws IdentityNumberException with the reason the input was refused
     */
    public static NationalIdNumber parse(String raw) {
        if (raw == null) {
            throw new IdentityNumberException(Reason.EMPTY);
        }
        return new NationalIdNumber(IdentityNumbers.foldDigits(raw));
    }

    /** Whether {@link #parse(String)} would accept {@code raw}. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (IdentityNumberException e) {
            return false;
        }
    }

    /**
     * Computes the check digit for the first 12 digits: the digits are weighted 13 down to 2,
     * and the check digit is {@code (11 - sum mod 11) mod 10}.
     *
     * @throws IllegalArgumentException unless {@code first12} is exactly 12 ASCII digits
     */
    public static int checkDigit(String first12) {
        if (first12 == null || first12.length() != LENGTH - 1 || !isAsciiDigits(first12)) {
            throw new IllegalArgumentException("expected 12 ASCII digits");
        }
        int sum = 0;
        for (int i = 0; i < first12.length(); i++) {
            sum += (first12.charAt(i) - '0') * (LENGTH - i);
        }
        return (11 - sum % 11) % 10;
    }

    /** The number grouped as printed on the ID card, e.g. {@code 3 1006 00445 63 5}. */
    public String formatted() {
        return digits.charAt(0)
                + " " + digits.substring(1, 5)
                + " " + digits.substring(5, 10)
                + " " + digits.substring(10, 12)
                + " " + digits.charAt(12);
    }

    /** The number with all but its last four digits hidden, safe to show or log. */
    public String masked() {
        return "*".repeat(LENGTH - VISIBLE_WHEN_MASKED) + digits.substring(LENGTH - VISIBLE_WHEN_MASKED);
    }

    @Override
    public String toString() {
        return "NationalIdNumber[" + masked() + "]";
    }

    // Not Character.isDigit: that accepts digits of every script, which must be refused here.
    private static boolean isAsciiDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
