package io.trustmark.review.domain;

import io.trustmark.identity.domain.NationalIdNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * The automatic comparison a reviewer sees next to the card image: the number the member registered
 * with against the number they typed from the card, digit by digit, with the check-digit result.
 * The reviewer's job is then to confirm that the card in the image shows that number.
 */
public record NumberCheck(
        String registered, String typed, boolean checksumValid, boolean matches, List<DigitPair> digits) {

    public record DigitPair(int position, String registered, String typed, boolean same) {}

    public static NumberCheck of(String registered, String typed) {
        var pairs = new ArrayList<DigitPair>();
        int length = Math.max(registered.length(), typed.length());
        for (int i = 0; i < length; i++) {
            var r = i < registered.length() ? String.valueOf(registered.charAt(i)) : "";
            var t = i < typed.length() ? String.valueOf(typed.charAt(i)) : "";
            pairs.add(new DigitPair(i + 1, r, t, r.equals(t)));
        }
        return new NumberCheck(
                registered, typed, NationalIdNumber.isValid(typed), registered.equals(typed), List.copyOf(pairs));
    }
}
