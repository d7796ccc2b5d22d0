package io.trustmark.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name as printed: optional title, given name (may contain a middle name), surname.
 *
 * <p>Absent parts are empty strings, never {@code null}. The canonical constructor keeps the
 * parts as given; {@link #parse(String)} normalises (see {@link ThaiNames#normalize(String)}).
 */
public record PersonName(String title, String given, String surname) {

    // Navy officers add ร.น. (R.T.N. in English) after the surname; it is a rank, not a name.
    private static final Pattern NAVY_SUFFIX = Pattern.compile("\\s*(?:ร\\.น\\.?|(?i:R\\.T\\.N\\.?))$");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^)]*)\\)?|\\[([^\\]]*)\\]?");
    // ณ อยุธยา, ณ ป้อมเพชร …; in English NA AYUDHYA: the particle belongs to the surname.
    private static final List<String> SURNAME_PARTICLES = List.of("ณ", "NA");

    public PersonName {
        title = title == null ? "" : title;
        given = given == null ? "" : given;
        surname = surname == null ? "" : surname;
    }

    /**
     * Reads a name line such as "น.ส. สมหญิง ใจดี", "MISS SOMYING JAIDEE" or "นายสมชาย ใจดี" (title
     * joined): titles, a trailing ร.น. and bracketed notes are set apart, the last word is the
     * surname (with a preceding ณ / NA), everything between title and surname is the given name.
     */
    public static PersonName parse(String printed) {
        Dissected dissected = dissect(ThaiNames.normalize(printed));
        return fromWords(dissected.title(), dissected.words());
    }

    /** Whether no given name and no surname are present (a title alone is no name). */
    public boolean isBlank() {
        return given.isBlank() && surname.isBlank();
    }

    /** Given name and surname separated by a space, without the title. */
    public String fullName() {
        return (given.strip() + " " + surname.strip()).strip();
    }

    /** A normalised name line taken apart: title prefix, the words of the name, bracketed notes. */
    record Dissected(String title, List<String> words, List<String> notes) {}

    static Dissected dissect(String normalized) {
        // The title first: a rank may carry a bracketed grade ("พันเอก(พิเศษ)"), which is no note.
        String text = ThaiNames.normalize(normalized);
        int leadingTitleEnd = ThaiNames.titleEnd(text);
        String leadingTitle = text.substring(0, leadingTitleEnd).strip();
        List<String> notes = new ArrayList<>();
        Matcher bracketed = BRACKETED.matcher(text.substring(leadingTitleEnd));
        StringBuilder rest = new StringBuilder();
        while (bracketed.find()) {
            String note = bracketed.group(1) != null ? bracketed.group(1) : bracketed.group(2);
            if (!note.isBlank()) {
                notes.add(note.strip());
            }
            bracketed.appendReplacement(rest, " ");
        }
        bracketed.appendTail(rest);
        String remainder = ThaiNames.normalize(rest.toString());
        int titleEnd = ThaiNames.titleEnd(remainder);
        String title = (leadingTitle + " " + remainder.substring(0, titleEnd)).strip();
        String name = NAVY_SUFFIX
                .matcher(remainder.substring(titleEnd))
                .replaceFirst("")
                .strip();
        List<String> words = name.isEmpty() ? List.of() : List.of(name.split(" "));
        return new Dissected(title, words, List.copyOf(notes));
    }

    static PersonName fromWords(String title, List<String> words) {
        if (words.isEmpty()) {
            return new PersonName(title, "", "");
        }
        if (words.size() == 1) {
            return new PersonName(title, words.get(0), "");
        }
        int surnameStart = words.size() - 1;
        if (words.size() >= 3 && isSurnameParticle(words.get(surnameStart - 1))) {
            surnameStart--;
        }
        return new PersonName(
                title,
                String.join(" ", words.subList(0, surnameStart)),
                String.join(" ", words.subList(surnameStart, words.size())));
    }

    static boolean isSurnameParticle(String word) {
        return SURNAME_PARTICLES.contains(word.toUpperCase(Locale.ROOT));
    }

    /** {@code surname} without a trailing ร.น. / R.T.N. */
    static String withoutNavySuffix(String surname) {
        return NAVY_SUFFIX.matcher(surname).replaceFirst("").strip();
    }
}
