package io.trustmark.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Bundle texts with arguments, for pages: {@code #{text.format('admin.queue.pending', count)}}. Where a
 * text goes into an attribute, h:outputFormat cannot be used, and String.replace in EL would pick the
 * char overload and lose the argument.
 */
@Named("text")
@ApplicationScoped
public class TextFormatter {

    public String format(String key, Object argument) {
        return Texts.text(key, argument);
    }

    public String format(String key, Object first, Object second) {
        return Texts.text(key, first, second);
    }

    /** For stored reasons (a key and its list of arguments), e.g. automatic check results. */
    public String formatList(String key, java.util.List<?> arguments) {
        return Texts.text(key, arguments.toArray());
    }
}
