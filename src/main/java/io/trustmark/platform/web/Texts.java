package io.trustmark.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way to turn a message key into words a person reads, in their language. Pages use
 * {@code #{msg[...]}}; beans, validators and mails come here. The language of a Faces request is the
 * one the view handler chose for it ({@link #locale()}); mails are given the member's own language.
 */
public final class Texts {

    public static final String BUNDLE = "io.trustmark.i18n.messages";

    private Texts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        var pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** In the language of the current Faces request. */
    public static String text(String key, Object... args) {
        return text(locale(), key, args);
    }

    /** The language of the current Faces request, for services that write in it (mails, for instance). */
    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static FacesMessage error(String key, Object... args) {
        var text = text(key, args);
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    public static FacesMessage info(String key, Object... args) {
        var text = text(key, args);
        return new FacesMessage(FacesMessage.SEVERITY_INFO, text, text);
    }

    /** A message for the whole page (not tied to one field), kept across a redirect. */
    public static void flash(FacesMessage message) {
        var context = FacesContext.getCurrentInstance();
        context.addMessage(null, message);
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void global(FacesMessage message) {
        FacesContext.getCurrentInstance().addMessage(null, message);
    }
}
