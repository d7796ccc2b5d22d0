package io.trustmark.platform.i18n;

import io.trustmark.platform.domain.Languages;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The one way to turn a message key into words a person reads, in a given language. Pages use
 * {@code #{msg[...]}}; services that write for a member (mails, stamps) pass the member's language here.
 * Faces messages reach the same bundle through OmniFaces' {@code Messages}, whose resolver
 * ({@link io.trustmark.platform.web.MessageResolver}) calls this class with the view's language.
 */
public final class Texts {

    public static final String BUNDLE = "io.trustmark.i18n.messages";

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");

    private Texts() {}

    public static String text(Locale locale, String key, Object... args) {
        var pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        if (args.length == 0) {
            return pattern;
        }
        var format = new MessageFormat(pattern, locale);
        return format.format(localized(args, locale, format.getFormatsByArgumentIndex()));
    }

    /**
     * Moments (a refusal's "until" or "since") in the reader's way of writing them (Buddhist era in Thai,
     * Bangkok time), so a rule can pass an {@link Instant} and leave the language to the page or mail.
     * <p>
     * A whole number in a plain placeholder is written as its digits: MessageFormat would group it
     * ("request #1,077", "key 2,026"), and the whole numbers texts name are request ids, key ids, years and
     * small counts, never amounts. A placeholder that asks for a number format ({@code {0,choice,…}},
     * {@code {0,number,…}}) still gets the number.
     */
    private static Object[] localized(Object[] args, Locale locale, java.text.Format[] formats) {
        var out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Instant instant) {
                out[i] = Languages.dateTime(instant, locale);
            } else if (isWhole(out[i]) && (i >= formats.length || formats[i] == null)) {
                out[i] = out[i].toString();
            }
        }
        return out;
    }

    private static boolean isWhole(Object argument) {
        return argument instanceof Long
                || argument instanceof Integer
                || argument instanceof Short
                || argument instanceof java.math.BigInteger;
    }

    /**
     * A stored reason (a key and its arguments kept as text, e.g. automatic check results). Its dates are
     * stored in ISO form, a day ("2031-08-14") or an instant ("2026-12-05T21:11:00Z"), so that the reader's
     * language decides how they read: Buddhist-era years in Thai, and an instant in Bangkok time, never
     * the UTC date it was stored with.
     */
    public static String storedText(Locale locale, String key, List<?> args) {
        return text(
                locale, key, args.stream().map(a -> storedArgument(a, locale)).toArray());
    }

    private static Object storedArgument(Object argument, Locale locale) {
        if (argument instanceof String text) {
            if (ISO_DAY.matcher(text).matches()) {
                try {
                    return Languages.date(LocalDate.parse(text), locale);
                } catch (DateTimeParseException notADay) {
                    return text;
                }
            }
            if (ISO_INSTANT.matcher(text).matches()) {
                try {
                    return Languages.dateTime(Instant.parse(text), locale);
                } catch (DateTimeParseException notAnInstant) {
                    return text;
                }
            }
        }
        return argument;
    }
}
