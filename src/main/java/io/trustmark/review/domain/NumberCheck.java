package io.trustmark.review.domain;

import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.identity.domain.PassportNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic comparison a reviewer sees next to the card image: the number the member registered
 * with against the number they typed from the card, digit by digit, with the check-digit result.
 * The reviewer's job is then to confirm that the card in the image shows that number.
 *
 * <p>A passport number has no check digit of its own (the machine-readable zone's is checked when a
 * reviewer pastes the zone), so for a member registered with a passport {@code checksumValid} says whether
 * the number has a passport number's form, and {@code passport} tells the page to say so.
 */
public record NumberCheck(
        String registered,
        String typed,
        boolean passport,
        boolean checksumValid,
        boolean matches,
        List<DigitPair> digits) {

    public record DigitPair(int position, String registered, String typed, boolean same) {}

    /** A Thai member's 13-digit ID, typed from the card (or from a Thai passport's personal number). */
    public static NumberCheck of(String registered, String typed) {
        return of(registered, typed, false);
    }

    /** @param passport the member registered with a passport number, not a Thai ID */
    public static NumberCheck of(String registered, String typed, boolean passport) {
        var pairs = new ArrayList<DigitPair>();
        int length = Math.max(registered.length(), typed.length());
        for (int i = 0; i < length; i++) {
            var r = i < registered.length() ? String.valueOf(registered.charAt(i)) : "";
            var t = i < typed.length() ? String.valueOf(typed.charAt(i)) : "";
            pairs.add(new DigitPair(i + 1, r, t, r.equals(t)));
        }
        var wellFormed = passport ? PassportNumber.isValid(typed) : NationalIdNumber.isValid(typed);
        return new NumberCheck(registered, typed, passport, wellFormed, registered.equals(typed), List.copyOf(pairs));
    }
}
