package io.trustmark.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/**
 * A guest's language choice lives in its own cookie, not in a session: guests have none (reading the forum
 * must cost the server no memory). Members' choices are stored with their account.
 */
public final class GuestLanguage {

    public static final String COOKIE = "trustmark_language";

    private GuestLanguage() {}

    /** The language tag the guest chose, or null. */
    public static String of(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
