package io.trustmark.identity.domain;

import io.trustmark.identity.domain.IdentityNumberException.Reason;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A passport number in canonical form: an ICAO 9303 document number of 5 to {@value #MAX_LENGTH}
 * upper-case ASCII letters and digits, at least one of them a digit.
 *
 * <p>Formats differ by issuing country, so only the shape ICAO 9303 gives every passport is checked
 * (the machine-readable zone has nine places for the number); it still catches names, dates or
 * stray text typed into the passport field. A passport number carries no check digit of its own:
 * the zone's check digit is checked by {@link MrzTd3}, and only when a zone is given. Construction always validates; use
 * {@link #parse(String)} for user input. {@link #toString()} is masked because the number is
 * personal data and records end up in logs.
 */
public record PassportNumber(String value) {

    /** The places ICAO 9303 gives the document number in a passport's machine-readable zone. */
    public static final int MAX_LENGTH = 9;

    private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9]{5," + MAX_LENGTH + "}");
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

    /** Whether {@code raw} is a passport number as typed (see {@link #parse(String)}). */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (IdentityNumberException e) {
            return false;
        }
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
