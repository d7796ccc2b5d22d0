package io.trustmark.account.infrastructure;

import io.trustmark.account.application.KnownDevices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cookie that makes a browser a known device ({@link KnownDevices}): a random token only, HttpOnly, sent
 * to this application only. Without it a browser is simply unknown, so losing it costs nothing but the
 * protection it gave.
 */
@ApplicationScoped
public class DeviceCookie {

    static final String NAME = "TRUSTMARK_DEVICE";

    @Inject
    KnownDevices devices;

    @Inject
    @ConfigProperty(name = "trustmark.session.cookie-secure", defaultValue = "true")
    boolean secure;

    /** The token the browser presents, or null. */
    public String token(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> NAME.equals(c.getName()))
                        .map(Cookie::getValue)
                        .filter(v -> v != null && !v.isBlank() && v.length() <= 100)
                        .findFirst()
                        .orElse(null);
    }

    /** Marks the browser of {@code request} as known to {@code username}'s account. */
    public void remember(String username, HttpServletRequest request, HttpServletResponse response) {
        var cookie = new Cookie(NAME, devices.remember(username, token(request)));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(devices.cookieSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
