package io.trustmark.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every response carries: no MIME sniffing, no framing by other sites, no referrer leaks, a
 * Content-Security-Policy, a Permissions-Policy and, when configured, HSTS.
 * <p>
 * The policy allows scripts from this site only ({@code script-src 'self'}). On Faces pages PrimeFaces'
 * CSP support (web.xml: {@code primefaces.CSP}) gives every script it writes a nonce and adds a policy
 * header of its own naming that nonce; the wrapper below folds that into this one, so a page carries one
 * policy: {@code ...; script-src 'self' 'nonce-…'}. Browsers enforce every policy header they get, so two
 * headers would work as well, but one is what a reader of the response can check.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /** Everything but script-src, which comes last so that PrimeFaces' nonce can complete it. */
    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    static final String SCRIPTS = "script-src 'self'";

    /** The phone hand-off page may open the camera (a file input with capture); nothing else may be used. */
    static final String PERMISSIONS =
            "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

    /**
     * Seconds browsers must use HTTPS only for this host; 0 sends no HSTS header (plain-HTTP local runs).
     * Browsers ignore the header on plain HTTP, so it is sent whatever the scheme: behind a TLS-terminating
     * proxy the request reaching us is plain HTTP.
     */
    @Inject
    @ConfigProperty(name = "trustmark.security.hsts-max-age", defaultValue = "0")
    long hstsMaxAge;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, POLICY + "; " + SCRIPTS);
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (hstsMaxAge > 0) {
            response.setHeader("Strict-Transport-Security", "max-age=" + hstsMaxAge);
        }
        chain.doFilter(request, response instanceof OnePolicy ? response : new OnePolicy(response));
    }

    /** The policy with the script sources a later writer (PrimeFaces) asks for, in place of the default. */
    static String withScripts(String scriptPolicy) {
        var scripts = scriptPolicy.strip();
        if (scripts.endsWith(";")) {
            scripts = scripts.substring(0, scripts.length() - 1).strip();
        }
        return POLICY + "; " + scripts;
    }

    /** Keeps one Content-Security-Policy header: one set or added later completes the policy, not a second. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isPolicy(name, value) ? withScripts(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isPolicy(name, value)) {
                super.setHeader(name, withScripts(value));
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isPolicy(String name, String value) {
            return CSP.equalsIgnoreCase(name) && value != null && value.strip().startsWith("script-src");
        }
    }
}
