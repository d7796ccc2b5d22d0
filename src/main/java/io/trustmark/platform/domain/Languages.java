package io.trustmark.platform.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Trustmark speaks and the rule that picks one for a request. Plain Java, so that the
 * rule is unit-tested and the same for pages (through the view handler) and mails (through the
 * member's stored choice).
 */
public final class Languages {

    public static final Locale THAI = Locale.forLanguageTag("th");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(THAI, ENGLISH);

    /** For a browser that asks for neither language, and for accounts that never chose one. */
    public static final Locale FALLBACK = ENGLISH;

    /** The forum's members live in Thailand; every time is shown in Bangkok time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    /** Thai dates count years in the Buddhist era (2026 CE is B.E. 2569), as Thai readers expect. */
    private static final Locale THAI_DATES = Locale.forLanguageTag("th-TH-u-ca-buddhist");

    private Languages() {}

    /** The supported language a tag names ("th", "th-TH", "en-GB" …), if any. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        var language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** A stored language code, or the fallback when there is none. */
    public static Locale orFallback(String tag) {
        return supported(tag).orElse(FALLBACK);
    }

    /**
     * The language of a request: what the member chose (stored with their account), else what this
     * browser chose before (a cookie, for guests), else the best match in the browser's
     * Accept-Language, else English.
     */
    public static Locale choose(String memberChoice, String cookie, String acceptLanguage) {
        return supported(memberChoice)
                .or(() -> supported(cookie))
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(FALLBACK);
    }

    /** The supported language the browser ranks highest (quality values respected), if it names one. */
    public static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The day that stands for "no end" (a lifelong card's expiry): written as words, never as 31 Dec 9999. */
    public static final LocalDate NO_END = LocalDate.of(9999, 12, 31);

    /** Date and time as a reader of {@code locale} writes it, in Bangkok time (Buddhist-era years in Thai). */
    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        // withZone converts the instant to Bangkok before the date is taken: 21:11 UTC is already the next
        // day at 04:11 in Bangkok.
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .localizedBy(dates(locale))
                .withZone(ZONE)
                .format(instant);
    }

    /**
     * A calendar day (a document's expiry, a stamp's date) as a reader of {@code locale} writes it:
     * "14 ส.ค. 2574" in Thai, "Aug 14, 2031" in English. A day has no time zone: it is the one printed.
     */
    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (NO_END.equals(date)) {
            // A card issued for life prints these words where its expiry would be (identity's PrintedDate.LIFELONG).
            return THAI.getLanguage().equals(locale.getLanguage()) ? "ตลอดชีพ" : "Lifelong";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .localizedBy(dates(locale))
                .format(date);
    }

    private static Locale dates(Locale locale) {
        return THAI.getLanguage().equals(locale.getLanguage()) ? THAI_DATES : locale;
    }
}
