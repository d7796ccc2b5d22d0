package io.trustmark.identity.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as a person types it from a Thai ID card or a passport: the one parser of typed document dates.
 *
 * <p>Cards print the Thai lines in the Buddhist era ("14 ส.ค. 2574") and the English lines in the common
 * era ("14 Aug. 2031"), and people copy whichever line they look at, with Thai or Arabic digits. A
 * date picker or {@code yyyy-MM-dd} read 2565 as the year 2565 CE, so an expired card passed as valid for
 * five centuries. Accepted here:
 *
 * <ul>
 *   <li>year first: {@code 2574-08-14}, {@code 2574/08/14}, {@code 2574.08.14};
 *   <li>day first, as Thais write dates: {@code 14/08/2574}, {@code 14-08-2574}, {@code 14.08.2574} (never
 *       month first: {@code 08/14} would be ambiguous with the 8th of a 14th month, and nobody here
 *       writes it);
 *   <li>with the month's name: {@code 14 ส.ค. 2574}, {@code 14 สิงหาคม 2574}, {@code 14 Aug. 2031},
 *       {@code 14 AUG 2031}, {@code Aug 14, 2031}; an era marker (พ.ศ., ค.ศ., B.E., A.D., CE) before or
 *       after the year is allowed.
 * </ul>
 *
 * <p>A year above {@value #BUDDHIST_ERA_FROM} is a Buddhist-era year (CE + {@value #BUDDHIST_ERA_OFFSET}):
 * no document of a living person carries a CE year that high, and no BE year that low. Only four-digit
 * years are read: "65" could be 1965, 2022 or 2565. What a date may be (not expired, not too far away) is
 * the caller's rule; this class only reads what was typed.
 */
public final class PrintedDate {

    /** The smallest year read as Buddhist era. */
    public static final int BUDDHIST_ERA_FROM = 2400;

    /** BE = CE + 543. */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    // After folding: ASCII digits, lower case, single spaces, era markers removed.
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2}) ?([-/.]) ?(\\d{1,2}) ?\\2 ?(\\d{4})");
    private static final Pattern DAY_NAME_YEAR = Pattern.compile("(\\d{1,2})[ -]?([^\\d ,-]+)[ ,-]?(\\d{4})");
    private static final Pattern NAME_DAY_YEAR = Pattern.compile("([^\\d ,-]+) ?(\\d{1,2}),? ?(\\d{4})");
    private static final Pattern BUDDHIST_MARKER = Pattern.compile("พ\\.? ?ศ\\.?|(?<![a-z])b\\.? ?e\\.?(?![a-z])");
    private static final Pattern COMMON_MARKER =
            Pattern.compile("ค\\.? ?ศ\\.?|(?<![a-z])(?:a\\.? ?d|c\\.? ?e)\\.?(?![a-z])");

    /** Month names as printed, without dots and spaces: Thai abbreviations and full names, English ones. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("มค", 1),
            Map.entry("มกราคม", 1),
            Map.entry("กพ", 2),
            Map.entry("กุมภาพันธ์", 2),
            Map.entry("มีค", 3),
            Map.entry("มีนาคม", 3),
            Map.entry("เมย", 4),
            Map.entry("เมษายน", 4),
            Map.entry("พค", 5),
            Map.entry("พฤษภาคม", 5),
            Map.entry("มิย", 6),
            Map.entry("มิถุนายน", 6),
            Map.entry("กค", 7),
            Map.entry("กรกฎาคม", 7),
            Map.entry("สค", 8),
            Map.entry("สิงหาคม", 8),
            Map.entry("กย", 9),
            Map.entry("กันยายน", 9),
            Map.entry("ตค", 10),
            Map.entry("ตุลาคม", 10),
            Map.entry("พย", 11),
            Map.entry("พฤศจิกายน", 11),
            Map.entry("ธค", 12),
            Map.entry("ธันวาคม", 12),
            Map.entry("jan", 1),
            Map.entry("january", 1),
            Map.entry("feb", 2),
            Map.entry("february", 2),
            Map.entry("mar", 3),
            Map.entry("march", 3),
            Map.entry("apr", 4),
            Map.entry("april", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("june", 6),
            Map.entry("jul", 7),
            Map.entry("july", 7),
            Map.entry("aug", 8),
            Map.entry("august", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("september", 9),
            Map.entry("oct", 10),
            Map.entry("october", 10),
            Map.entry("nov", 11),
            Map.entry("november", 11),
            Map.entry("dec", 12),
            Map.entry("december", 12));

    private enum Era {
        UNSAID,
        BUDDHIST,
        COMMON
    }

    /**
     * The expiry of a card issued for life: Thai ID cards of people aged 70 and over print "ตลอดชีพ" /
     * "LIFELONG" where the date would be. Kept as the last day a DATE column holds, so the card is never
     * expired and the column needs no second meaning; shown as the words ({@code Languages.date}).
     */
    public static final LocalDate LIFELONG = LocalDate.of(9999, 12, 31);

    /** What a member may type for a lifelong card: the card's words, in Thai or English, a few common ways. */
    private static final Pattern LIFELONG_WORDS = Pattern.compile("ตลอดชีพ|ตลอดชีวิต|life ?-?long|for life");

    private PrintedDate() {}

    /** Whether {@code expiry} is the one of a card issued for life. */
    public static boolean isLifelong(LocalDate expiry) {
        return LIFELONG.equals(expiry);
    }

    /**
     * The date {@code typed} names, in the ISO (common-era) calendar; {@link #LIFELONG} for a card issued for
     * life ("ตลอดชีพ", "LIFELONG"); empty when it is blank, in no format above, or names no such day (31
     * February).
     */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var folded = fold(typed);
        final Era era;
        if (BUDDHIST_MARKER.matcher(folded).find()) {
            era = Era.BUDDHIST;
            folded = BUDDHIST_MARKER.matcher(folded).replaceAll(" ");
        } else if (COMMON_MARKER.matcher(folded).find()) {
            era = Era.COMMON;
            folded = COMMON_MARKER.matcher(folded).replaceAll(" ");
        } else {
            era = Era.UNSAID;
        }
        var text = folded.replaceAll(" +", " ").strip();
        if (era == Era.UNSAID && LIFELONG_WORDS.matcher(text).matches()) {
            return Optional.of(LIFELONG);
        }
        var yearFirst = YEAR_FIRST.matcher(text);
        if (yearFirst.matches()) {
            return date(era, yearFirst.group(1), Integer.parseInt(yearFirst.group(3)), yearFirst.group(4));
        }
        var dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.matches()) {
            return date(era, dayFirst.group(4), Integer.parseInt(dayFirst.group(3)), dayFirst.group(1));
        }
        var dayName = DAY_NAME_YEAR.matcher(text);
        if (dayName.matches()) {
            return month(dayName.group(2)).flatMap(month -> date(era, dayName.group(3), month, dayName.group(1)));
        }
        var nameDay = NAME_DAY_YEAR.matcher(text);
        if (nameDay.matches()) {
            return month(nameDay.group(1)).flatMap(month -> date(era, nameDay.group(3), month, nameDay.group(2)));
        }
        return Optional.empty();
    }

    /** The common-era year of a typed four-digit year: BE when said so or when above 2400. */
    public static int commonEraYear(int year) {
        return year > BUDDHIST_ERA_FROM ? year - BUDDHIST_ERA_OFFSET : year;
    }

    // Thai digits and full-width digits as ASCII (IdentityNumbers folds them for numbers; here the
    // separators carry meaning, so only the digits are folded), full-width letters and punctuation
    // through NFKC, no-break and zero-width spaces as plain spaces.
    private static String fold(String typed) {
        var normalised = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(c -> {
            if (c >= '\u0E50' && c <= '\u0E59') {
                out.append((char) ('0' + c - '\u0E50'));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
                // zero-width: nothing
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212') {
                out.append('-');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static Optional<Integer> month(String name) {
        return Optional.ofNullable(MONTHS.get(name.replace(".", "").replace(" ", "")));
    }

    private static Optional<LocalDate> date(Era era, String year, int month, String day) {
        int typedYear = Integer.parseInt(year);
        int ce = switch (era) {
            case BUDDHIST -> typedYear - BUDDHIST_ERA_OFFSET;
            case COMMON -> typedYear;
            case UNSAID -> commonEraYear(typedYear);
        };
        try {
            return Optional.of(LocalDate.of(ce, month, Integer.parseInt(day)));
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
    }
}
