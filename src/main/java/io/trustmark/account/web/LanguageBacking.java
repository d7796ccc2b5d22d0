package io.trustmark.account.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.domain.Account;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.web.GuestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The one place that decides a request's language (see {@link Languages#choose}): the signed-in
 * member's stored choice, else the guest's cookie, else the browser's Accept-Language. Faces asks
 * through {@link LanguageViewHandler}, so every view, its messages and {@code Texts} follow it; the
 * layout's language switch reads the current choice here.
 */
@Named("language")
@RequestScoped
public class LanguageBacking {

    /** Remembers a guest's choice; members' choices are stored with their account. */
    public static final String COOKIE = GuestLanguage.COOKIE;

    @Inject
    CurrentMember member;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.choose(
                    member.account().map(Account::getLanguage).orElse(null),
                    GuestLanguage.of(request),
                    request.getHeader("Accept-Language"));
        }
        return locale;
    }

    /** "th" or "en", for the switch to mark the current language. */
    public String getCode() {
        return getLocale().getLanguage();
    }

    /** Where the switch sends the reader back to: this very page, with its parameters. */
    public String getBack() {
        // A forwarded page (the forum's readable URLs) goes back to the address the reader saw, not the view's.
        var forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        var uri = forwarded == null ? request.getRequestURI() : forwarded;
        var query = forwarded == null
                ? request.getQueryString()
                : (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        return uri + (query == null ? "" : "?" + query);
    }
}
