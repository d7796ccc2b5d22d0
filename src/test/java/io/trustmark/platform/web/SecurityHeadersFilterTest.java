package io.trustmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The headers every response gets, HSTS when configured, and one policy header when PrimeFaces adds its nonce. */
class SecurityHeadersFilterTest {

    @Test
    void everyResponseGetsThePolicyWithScriptsFromThisSiteOnlyAndNoHstsByDefault() throws Exception {
        var headers = filter(0, response -> {});
        assertEquals(
                List.of("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; script-src 'self'"),
                headers.get("Content-Security-Policy"));
        assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"));
        assertEquals(List.of("DENY"), headers.get("X-Frame-Options"));
        assertEquals(List.of("same-origin"), headers.get("Referrer-Policy"));
        assertFalse(headers.containsKey("Strict-Transport-Security"), "no HSTS for plain-HTTP runs");
    }

    @Test
    void theCameraIsForThisSiteOnlyAndTheMicrophoneAndLocationForNobody() throws Exception {
        var policy = filter(0, response -> {}).get("Permissions-Policy");
        assertNotNull(policy);
        assertEquals(1, policy.size());
        var directives = List.of(policy.get(0).split(",\\s*"));
        assertTrue(directives.contains("camera=(self)"), policy.toString());
        assertTrue(directives.contains("microphone=()"), policy.toString());
        assertTrue(directives.contains("geolocation=()"), policy.toString());
    }

    @Test
    void hstsIsSentWhenConfigured() throws Exception {
        assertEquals(
                List.of("max-age=31536000"), filter(31536000, response -> {}).get("Strict-Transport-Security"));
    }

    @Test
    void primeFacesNonceCompletesThePolicyInsteadOfAddingASecondHeader() throws Exception {
        // What PrimeFaces' CspPhaseListener does on a Faces page.
        var headers = filter(
                0, response -> response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc123';"));
        assertEquals(
                List.of("frame-ancestors 'none'; object-src 'none'; base-uri 'self'; script-src 'self' 'nonce-abc123'"),
                headers.get("Content-Security-Policy"));
    }

    @Test
    void otherHeadersAddedLaterStayAsTheyAre() throws Exception {
        var headers = filter(0, response -> {
            response.addHeader("Vary", "Accept-Language");
            response.addHeader("Vary", "Cookie");
        });
        assertEquals(List.of("Accept-Language", "Cookie"), headers.get("Vary"));
    }

    private interface Page {
        void write(HttpServletResponse response);
    }

    /** Runs the filter with a page behind it; returns every header of the response by name. */
    private static Map<String, List<String>> filter(long hstsMaxAge, Page page) throws Exception {
        var filter = new SecurityHeadersFilter();
        filter.hstsMaxAge = hstsMaxAge;
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        filter.doFilter(
                FakeHttp.request("GET", new LinkedHashMap<>()),
                FakeHttp.response(headers),
                (request, response) -> page.write((HttpServletResponse) response));
        return headers;
    }
}
