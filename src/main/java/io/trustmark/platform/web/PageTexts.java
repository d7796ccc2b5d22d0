package io.trustmark.platform.web;

import io.trustmark.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * Bundle texts in the language of the current Faces request. Pages: {@code #{text.format('admin.queue.pending',
 * count)}}, where a text goes into an attribute (h:outputFormat cannot be used there, and String.replace in EL
 * would pick the char overload and lose the argument). Beans: {@link #text(String, Object...)} for words that are
 * not a Faces message (those go through OmniFaces {@code Messages} with a key, see {@link MessageResolver}).
 */
@Named("text")
@ApplicationScoped
public class PageTexts {

    public static String text(String key, Object... args) {
        return Texts.text(Faces.getLocale(), key, args);
    }

    public String format(String key, Object argument) {
        return text(key, argument);
    }

    public String format(String key, Object first, Object second) {
        return text(key, first, second);
    }

    /**
     * The words for a stored code ({@code #{text.label('audit.action.', e.action())}}), so nobody reads an enum
     * name; the code itself when the bundle has no words for it (a name written by an older version), rather
     * than a page showing ???key???.
     */
    public String label(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        var key = prefix + code;
        var bundle = ResourceBundle.getBundle(Texts.BUNDLE, Faces.getLocale());
        return bundle.containsKey(key) ? bundle.getString(key) : code.toString();
    }

    /** For stored reasons (a key and its list of arguments), e.g. automatic check results; dates as the reader writes them. */
    public String formatList(String key, List<?> arguments) {
        return Texts.storedText(Faces.getLocale(), key, arguments);
    }
}
