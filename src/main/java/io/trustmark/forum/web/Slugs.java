package io.trustmark.forum.web;

import io.trustmark.identity.domain.ThaiNames;
import java.util.Locale;

/**
 * The words of a thread's URL, made from its title: {@code "Selling: Canon EOS R50!"} gives
 * {@code "selling-canon-eos-r50"}. Only decoration: the id in the URL finds the thread, and a slug that
 * no longer matches the title (it was edited) is answered with a permanent redirect to the current one.
 * <p>
 * Letters of every script are kept, Thai among them: {@code "ขายกล้อง Canon"} gives {@code "ขายกล้อง-canon"},
 * sent percent-encoded (UTF-8) on the wire. Why not the id only, or a transliteration: most titles here are
 * Thai, and an id tells a Thai reader nothing, while browsers show the Thai words in the address bar and
 * search engines read them; Thai has no standard romanisation a program can produce without a dictionary
 * (RTGS follows pronunciation, which the script does not spell out). A title without a single letter or
 * digit gives an empty slug, and the URL is then the id alone.
 */
public final class Slugs {

    /**
     * Code points kept; Thai is about 9 bytes per letter once percent-encoded, so 60 letters stay well
     * within what any proxy or log accepts, and a longer title is still recognisable from its start.
     */
    static final int MAX_LENGTH = 60;

    private Slugs() {}

    public static String of(String title) {
        // The one Thai text repair (NFKC, SARA AM re-joined, marks in order, เเ as แ): a title typed
        // either way has one slug, the same as the title the page shows once it is repaired.
        var text = ThaiNames.normalize(title).toLowerCase(Locale.ROOT);
        var slug = new StringBuilder();
        var length = 0;
        var gap = false;
        for (var i = 0; i < text.length(); ) {
            var cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                // Thai vowels above and below and tone marks belong to the letter before them: never
                // start a word with one, never cut one off the letter it sits on.
                if (!gap && !slug.isEmpty()) {
                    slug.appendCodePoint(cp);
                }
            } else if (Character.isLetterOrDigit(cp)) {
                var dash = gap && !slug.isEmpty();
                if (length + (dash ? 2 : 1) > MAX_LENGTH) {
                    break;
                }
                if (dash) {
                    slug.append('-');
                    length++;
                }
                gap = false;
                // Thai digits (๐-๙) and other decimal digits read the same as 0-9 and keep the URL short.
                var digit = Character.digit(cp, 10);
                slug.appendCodePoint(digit >= 0 ? '0' + digit : cp);
                length++;
            } else if (cp != '\'' && cp != '\u2019') {
                // An apostrophe joins a word ("don't" gives "dont"); everything else separates words.
                gap = true;
            }
        }
        return slug.toString();
    }

    private static boolean isMark(int cp) {
        var type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
