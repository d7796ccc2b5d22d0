package io.trustmark.identity.domain;

import java.util.Objects;

/**
 * Normalises identity numbers as people actually type or paste them, so that every parser
 * folds input the same way.
 *
 * <p>Thai users type Thai digits, phones and Japanese/Chinese input methods produce full-width
 * digits, and numbers copied from documents or web pages bring along non-breaking spaces,
 * typographic dashes and invisible zero-width characters. None of these change the number, so
 * they are folded away here, in one place.
 */
public final class IdentityNumbers {

    private static final char THAI_ZERO = '\u0E50';
    private static final char THAI_NINE = '\u0E59';
    private static final char FULL_WIDTH_ZERO = '\uFF10';
    private static final char FULL_WIDTH_NINE = '\uFF19';

    private IdentityNumbers() {}

    /**
     * Returns {@code raw} with Thai and full-width digits turned into ASCII digits and all
     * separators (whitespace including non-breaking spaces, dashes, zero-width characters)
     * removed.
     *
     * <p>Any other character is kept unchanged, so the caller can refuse it with a precise
     * reason instead of silently accepting a number that was mistyped. In particular digits of
     * other scripts (Arabic-Indic, Devanagari, ...) are kept, not converted: nobody writes a
     * Thai ID that way, so they more likely indicate a paste of the wrong text.
     */
    public static String foldDigits(String raw) {
        Objects.requireNonNull(raw, "raw");
        StringBuilder folded = new StringBuilder(raw.length());
        raw.codePoints().forEach(codePoint -> {
            if (codePoint >= THAI_ZERO && codePoint <= THAI_NINE) {
                folded.append((char) ('0' + codePoint - THAI_ZERO));
            } else if (codePoint >= FULL_WIDTH_ZERO && codePoint <= FULL_WIDTH_NINE) {
                folded.append((char) ('0' + codePoint - FULL_WIDTH_ZERO));
            } else if (!isSeparator(codePoint)) {
                folded.appendCodePoint(codePoint);
            }
        });
        return folded.toString();
    }

    private static boolean isSeparator(int codePoint) {
        // isWhitespace alone misses the non-breaking spaces (U+00A0, U+2007, U+202F), which
        // isSpaceChar covers; together they also catch tabs, newlines and the ideographic space.
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || isDash(codePoint)
                || isInvisible(codePoint);
    }

    private static boolean isDash(int codePoint) {
        return switch (codePoint) {
            case '-', // hyphen-minus
                    '\u2010', // hyphen
                    '\u2011', // non-breaking hyphen
                    '\u2012', // figure dash
                    '\u2013', // en dash
                    '\u2014', // em dash
                    '\u2212', // minus sign
                    '\uFF0D' // full-width hyphen-minus, typed alongside full-width digits
            -> true;
            default -> false;
        };
    }

    private static boolean isInvisible(int codePoint) {
        return switch (codePoint) {
            case '\u00AD', // soft hyphen
                    '\u200B', // zero-width space
                    '\u200C', // zero-width non-joiner
                    '\u200D', // zero-width joiner
                    '\u2060', // word joiner
                    '\uFEFF' // zero-width no-break space / byte-order mark
            -> true;
            default -> false;
        };
    }
}
