package io.trustmark.membership.domain.reading;

import io.trustmark.document.domain.PageText;
import java.text.Normalizer;

/**
 * Puts a read line back together as it is printed. Tesseract gives Thai text as one "word" per letter or syllable
 * (Thai writes no spaces between words), so words are joined by a space only where the gap between them is as wide
 * as a space, and the vowel Sara Am read as Nikhahit + Sara Aa is made one letter again.
 */
public final class ReadText {

    private ReadText() {}

    /** {@code line}'s words joined by the gaps between them. */
    public static String join(PageText.Line line) {
        var out = new StringBuilder();
        PageText.Word previous = null;
        for (var word : line.words()) {
            if (previous != null) {
                int gap = word.box().x() - previous.box().right();
                // A space in these fonts is about a third of the line's height; letters of one word touch or
                // nearly touch.
                if (gap > line.box().height() * 0.22 || (!thai(previous.text()) && !thai(word.text()))) {
                    out.append(' ');
                }
            }
            out.append(word.text());
            previous = word;
        }
        return normalise(out.toString());
    }

    /** Sara Am in one piece, Thai digits as Arabic, NFC, single spaces. */
    public static String normalise(String s) {
        var folded = Normalizer.normalize(s, Normalizer.Form.NFC)
                .replace("\u0E4D\u0E32", "\u0E33")
                .replace("\u0E4D \u0E32", "\u0E33");
        var out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(c >= '\u0E50' && c <= '\u0E59' ? (char) ('0' + (c - '\u0E50')) : c);
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * A pattern that finds {@code label} in read text even when the reader dropped or added a tone mark or split it
     * with spaces ("ชื อสกุล" for "ชื่อสกุล").
     */
    public static java.util.regex.Pattern label(String label) {
        var out = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c >= '\u0E48' && c <= '\u0E4C') {
                continue;
            }
            out.append(java.util.regex.Pattern.quote(String.valueOf(c))).append("[\u0E48-\u0E4C]? ?");
        }
        return java.util.regex.Pattern.compile(out.toString(), java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    /** The text after {@code label} in {@code text}, stripped; null when the label is not there. */
    public static String after(String text, java.util.regex.Pattern label) {
        var m = label.matcher(text);
        return m.find() ? text.substring(m.end()).strip() : null;
    }

    static boolean thai(String s) {
        return !s.isEmpty() && Character.UnicodeBlock.of(s.codePointAt(0)) == Character.UnicodeBlock.THAI
                || !s.isEmpty()
                        && Character.UnicodeBlock.of(s.codePointBefore(s.length())) == Character.UnicodeBlock.THAI;
    }
}
