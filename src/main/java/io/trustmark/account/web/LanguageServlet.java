package io.trustmark.account.web;

import io.trustmark.account.application.AccountService;
import io.trustmark.platform.domain.Languages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language switch on every page posts here: a plain form rather than a Faces one, so that it works
 * on a page left open past its view's lifetime and creates no session for guests. The choice goes into
 * a cookie (guests) and, for a signed-in member, into their account; then the reader is sent back to
 * the page they were on.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Inject
    transient AccountService accounts;

    @Inject
    @ConfigProperty(name = "trustmark.session.cookie-secure", defaultValue = "true")
    boolean secureCookie;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var chosen = Languages.supported(request.getParameter("to"));
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // The session cookie is SameSite=Lax, so another site cannot switch a member's stored language;
        // this also keeps it from switching a guest's.
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var cookie = new Cookie(LanguageBacking.COOKIE, chosen.get().getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookie);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        var caller = request.getUserPrincipal();
        if (caller != null) {
            accounts.changeLanguage(caller.getName(), chosen.get());
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request));
    }

    /** Back to the page the switch was on; only a path inside this application, never another site. */
    static String back(HttpServletRequest request) {
        var back = request.getParameter("back");
        var home = request.getContextPath() + "/forum/";
        if (back == null
                || !back.startsWith(request.getContextPath() + "/")
                || back.startsWith("//")
                || back.contains("\\")
                || back.chars().anyMatch(Character::isISOControl)) {
            return home;
        }
        return back;
    }
}
