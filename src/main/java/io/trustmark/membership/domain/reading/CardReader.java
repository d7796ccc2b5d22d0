package io.trustmark.membership.domain.reading;

import io.trustmark.document.domain.LineReader;
import io.trustmark.document.domain.PageText;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.identity.domain.PrintedDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the fields of a Thai ID card's front in what the reader saw, by the labels the card prints beside them
 * ("เลขประจำตัวประชาชน", "ชื่อตัวและชื่อสกุล", "Name", "Last name", "เกิดวันที่", "Date of Birth", "ศาสนา",
 * "วันบัตรหมดอายุ", "Date of Expiry"). Dates are read by {@link PrintedDate}, the one parser of printed dates.
 */
public final class CardReader {

    private CardReader() {}

    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)(\\d[\\d ]{11,20}\\d)(?!\\d)");
    private static final Set<String> THAI_TITLES = Set.of("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง", "น.ส.");
    private static final Pattern ENGLISH_NAME =
            Pattern.compile("(?i)\\bname\\b[\\s:.]*(mr|mrs|miss|ms|master)\\.?\\s+([A-Za-z][A-Za-z-]*)");
    private static final Pattern LAST_NAME = Pattern.compile("(?i)\\blast\\s*name\\b[\\s:.]*([A-Za-z][A-Za-z-]*)");
    private static final Pattern ENGLISH_DATE = Pattern.compile("(\\d{1,2}\\s*[A-Za-z]{3,9}\\.?\\s*\\d{4})");
    private static final Pattern THAI_DATE = Pattern.compile("(\\d{1,2}\\s*[\\u0E00-\\u0E7F.]{2,12}\\s*\\d{4})");

    private static final Pattern NAME_LABEL = ReadText.label("ชื่อสกุล");
    private static final Pattern BIRTH_LABEL = ReadText.label("เกิดวันที่");
    private static final Pattern EXPIRY_LABEL = ReadText.label("หมดอายุ");
    private static final Pattern RELIGION_LABEL = ReadText.label("ศาสนา");

    private static final Pattern SURNAME_WORD = ReadText.label("สกุล");
    private static final Pattern ENGLISH_LABEL = Pattern.compile("(?i)^\\W{0,3}(last\\s*)?name\\b");

    /** The card's fields from {@code page}; the name lines are read again alone ({@code again}) in their script. */
    public static CardReading read(PageText page, LineReader again) {
        var lines =
                page.lines().stream().map(l -> new Read(ReadText.join(l), l)).toList();
        var number = evenedNumber(numberAgain(lines, number(lines), again), again);
        String[] thai = thaiName(reread(lines, SURNAME_WORD, "tha", again));
        if (thai[1] == null) {
            thai = thaiName(lines);
        }
        String[] english = englishName(reread(lines, ENGLISH_LABEL, "eng", again));
        if (english[1] == null || english[2] == null) {
            english = englishName(lines);
        }
        var thaiBirth = date(lines, BIRTH_LABEL, THAI_DATE);
        var englishBirth = date(lines, ReadText.label("date of birth"), ENGLISH_DATE);
        var thaiExpiry = date(lines, EXPIRY_LABEL, THAI_DATE);
        var englishExpiry = date(lines, ReadText.label("date of expiry"), ENGLISH_DATE);
        return new CardReading(
                number,
                thai[0],
                thai[1],
                thai[2],
                english[0],
                english[1],
                english[2],
                either(thaiBirth, englishBirth),
                agree(thaiBirth, englishBirth),
                either(thaiExpiry, englishExpiry),
                agree(thaiExpiry, englishExpiry),
                religion(lines));
    }

    record Read(String text, PageText.Line line) {}

    /** The lines matching {@code label}, each read again alone in {@code languages}. */
    static List<Read> reread(List<Read> lines, Pattern label, String languages, LineReader again) {
        return lines.stream()
                .filter(r -> label.matcher(r.text()).find())
                .map(r -> {
                    var text = new StringBuilder();
                    again.read(r.line().box(), languages)
                            .lines()
                            .forEach(l -> text.append(text.isEmpty() ? "" : " ").append(ReadText.join(l)));
                    return new Read(text.toString(), r.line());
                })
                .toList();
    }

    /**
     * The 13 digits on the number's line (the line with the label, or failing that any line with 13 digits in
     * the card's grouping); the first such run, checksum or not.
     */
    static String number(List<Read> lines) {
        String fallback = null;
        for (var read : lines) {
            var m = NUMBER.matcher(read.text());
            while (m.find()) {
                var digits = m.group(1).replace(" ", "");
                if (digits.length() == 13) {
                    if (read.text().contains("ประจำตัว")
                            || read.text().toLowerCase(Locale.ROOT).contains("identification")) {
                        return digits;
                    }
                    fallback = fallback == null ? digits : fallback;
                }
            }
        }
        return fallback;
    }

    /**
     * The page's number when its check digit holds; otherwise the number's digits read again alone, with only
     * digits allowed, taken when that gives 13 digits whose check digit holds. Failing both, what was read is kept
     * as it is (a misread then shows as a disagreement, never as a match).
     */
    static String numberAgain(List<Read> lines, String fromPage, LineReader again) {
        if (fromPage != null && NationalIdNumber.isValid(fromPage)) {
            return fromPage;
        }
        var box = numberBox(lines);
        if (box == null) {
            return fromPage;
        }
        var text = new StringBuilder();
        again.digits(box).lines().forEach(l -> text.append(l.text()).append(' '));
        var m = NUMBER.matcher(text);
        while (m.find()) {
            var digits = m.group(1).replace(" ", "");
            if (digits.length() == 13 && (NationalIdNumber.isValid(digits) || fromPage == null)) {
                return digits;
            }
        }
        return fromPage;
    }

    /**
     * {@code read} when its check digit holds; otherwise the number read again, the same two ways, on the page with
     * its lighting evened out (a reflection over the digits), taken only when its check digit holds: a read that
     * fails it is never put in place of the first. Failing that, {@code read} is kept as it is.
     */
    static String evenedNumber(String read, LineReader again) {
        if (read != null && NationalIdNumber.isValid(read)) {
            return read;
        }
        var evened = again.evened();
        if (evened == null) {
            return read;
        }
        var lines = evened.page().lines().stream()
                .map(l -> new Read(ReadText.join(l), l))
                .toList();
        var second = numberAgain(lines, number(lines), evened.lines());
        return second != null && NationalIdNumber.isValid(second) ? second : read;
    }

    /** Where the number's digits lie: the digit-bearing words of the number's line (by its label or its digits). */
    static PageText.Box numberBox(List<Read> lines) {
        for (var read : lines) {
            var text = read.text();
            boolean labelled =
                    text.contains("ประจำตัว") || text.toLowerCase(Locale.ROOT).contains("identification");
            var digits = text.replaceAll("\\D", "");
            if (!labelled && digits.length() < 10) {
                continue;
            }
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = Integer.MIN_VALUE;
            int bottom = Integer.MIN_VALUE;
            for (var word : read.line().words()) {
                if (word.text().chars().filter(Character::isDigit).count() >= 1) {
                    left = Math.min(left, word.box().x());
                    top = Math.min(top, word.box().y());
                    right = Math.max(right, word.box().right());
                    bottom = Math.max(bottom, word.box().bottom());
                }
            }
            if (left < right && top < bottom) {
                int pad = (bottom - top) / 2;
                return new PageText.Box(Math.max(0, left - pad), top, right - left + 2 * pad, bottom - top);
            }
        }
        return null;
    }

    static String[] thaiName(List<Read> lines) {
        for (var read : lines) {
            var rest = ReadText.after(read.text(), NAME_LABEL);
            if (rest == null) {
                continue;
            }
            var parts = rest.split(" ");
            if (parts.length >= 3 && THAI_TITLES.contains(parts[0])) {
                return new String[] {parts[0], parts[1], parts[2]};
            }
            if (parts.length == 2) {
                return new String[] {null, parts[0], parts[1]};
            }
        }
        return new String[3];
    }

    static String[] englishName(List<Read> lines) {
        String title = null;
        String given = null;
        String surname = null;
        for (var read : lines) {
            var last = LAST_NAME.matcher(read.text());
            if (last.find()) {
                surname = last.group(1);
                continue;
            }
            var name = ENGLISH_NAME.matcher(read.text());
            if (name.find()) {
                title = englishTitle(name.group(1));
                given = name.group(2);
            }
        }
        return new String[] {title, given, surname};
    }

    private static String englishTitle(String read) {
        return switch (read.toLowerCase(Locale.ROOT)) {
            case "mr" -> "Mr.";
            case "mrs" -> "Mrs.";
            case "ms" -> "Ms.";
            case "master" -> "Master";
            default -> "Miss";
        };
    }

    /** The date after {@code label} on its line. */
    static Optional<LocalDate> date(List<Read> lines, Pattern label, Pattern form) {
        for (var read : lines) {
            var rest = ReadText.after(read.text(), label);
            if (rest == null) {
                continue;
            }
            Matcher m = form.matcher(rest);
            if (m.find()) {
                return PrintedDate.parse(m.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * One date from the two lines: the English line's when both were read and disagree is not chosen; a
     * disagreement gives no date at all, so nothing unsure is offered as a prefill.
     */
    private static LocalDate either(Optional<LocalDate> thai, Optional<LocalDate> english) {
        if (thai.isPresent() && english.isPresent()) {
            return thai.get().equals(english.get()) ? thai.get() : null;
        }
        return thai.or(() -> english).orElse(null);
    }

    private static Boolean agree(Optional<LocalDate> thai, Optional<LocalDate> english) {
        return thai.isPresent() && english.isPresent() ? thai.get().equals(english.get()) : null;
    }

    /**
     * The religion line: from the words when the label was read (the whole line, label and value, with a margin:
     * the value's letters can be read apart from the label), else from the card's layout, one row below the
     * English birth line with its left edge and height; else not found.
     */
    static CardReading.ReligionField religion(List<Read> lines) {
        for (var read : lines) {
            if (RELIGION_LABEL.matcher(read.text()).find()) {
                return new CardReading.ReligionField(
                        CardReading.Located.WORDS, padded(read.line().box(), 0.45));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().toLowerCase(Locale.ROOT).contains("date of birth")) {
                var birth = lines.get(i).line().box();
                int rowHeight = birth.height();
                // On the card the religion row sits about 2.1 line heights below the English birth line.
                var box = new PageText.Box(
                        birth.x(), birth.y() + (int) (rowHeight * 1.6), (int) (birth.width() * 0.75), rowHeight * 2);
                return new CardReading.ReligionField(CardReading.Located.LAYOUT, padded(box, 0.3));
            }
        }
        return new CardReading.ReligionField(CardReading.Located.NOT_FOUND, null);
    }

    private static PageText.Box padded(PageText.Box box, double byHeight) {
        int pad = (int) Math.ceil(box.height() * byHeight);
        return new PageText.Box(
                Math.max(0, box.x() - pad), Math.max(0, box.y() - pad), box.width() + 2 * pad, box.height() + 2 * pad);
    }
}
