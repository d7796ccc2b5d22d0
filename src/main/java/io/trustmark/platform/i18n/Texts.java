package io.trustmark.platform.i18n;

import io.trustmark.platform.domain.Languages;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way to turn a message key into words a person reads, in a given language. Pages use
 * {@code #{msg[...]}}; services that write for a member (mails, stamps) pass the member's language here.
 * Faces messages reach the same bundle through OmniFaces' {@code Messages}, whose resolver
 * ({@link io.trustmark.platform.web.MessageResolver}) calls this class with the view's language.
 */
public final class Texts {

    public static final String BUNDLE = "io.trustmark.i18n.messages";

    private Texts() {}

    public static String text(Locale locale, String key, Object... args) {
        var pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(localized(args, locale));
    }

    /**
     * Moments (a refusal's "until" or "since") in the reader's way of writing them (Buddhist era in Thai,
     * Bangkok time), so a rule can pass an {@link Instant} and leave the language to the page or mail.
     */
    private static Object[] localized(Object[] args, Locale locale) {
        var out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Instant instant) {
                out[i] = Languages.dateTime(instant, locale);
            }
        }
        return out;
    }
}
