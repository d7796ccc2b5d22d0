package io.trustmark.identity.domain;

import io.trustmark.identity.domain.IdentityNumberException.Reason;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A passport number in canonical form: 5 to 20 upper-case ASCII letters and digits, at least
 * one of them a digit.
 *
 * <p>Formats differ by issuing country, so only this loose shape is checked; it still catches
 * names, dates or stray text typed into the passport field. Construction always validates; use
 * {@link #parse(String)} for user input. {@link #toString()} is masked because the number is
 * personal data and records end up in logs.
 */
public record PassportNumber(String value) {

    private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9]{5,20}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");
    private static final int VISIBLE_WHEN_MASKED = 3;

    public PassportNumber {
        if (value == null || value.isEmpty()) {
            throw new IdentityNumberException(Reason.EMPTY);
        }
        if (!CANONICAL.matcher(value).matches() || !HAS_DIGIT.matcher(value).matches()) {
            throw new IdentityNumberException(Reason.INVALID_PASSPORT);
        }
    }

    /**
     * Parses a passport number as typed: full-width characters are normalised (NFKC), letters
     * upper-cased, and spaces, dashes and invisible characters removed.
     *
     * @throws IdentityNumberException with reason {@code EMPTY} or {@code INVALID_PASSPORT}
     */
    public static PassportNumber parse(String raw) {
        if (raw == null) {
            throw new IdentityNumberException(Reason.EMPTY);
        }
        String normalised = Normalizer.normalize(raw, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        return new PassportNumber(IdentityNumbers.foldDigits(normalised));
    }

    /** The number with all but its last three characters hidden, safe to show or log. */
    public String masked() {
        int hidden = value.length() - VISIBLE_WHEN_MASKED;
        return "*".repeat(hidden) + value.substring(hidden);
    }

    @Override
    public String toString() {
        return "PassportNumber[" + masked() + "]";
    }
}
