package io.trustmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cross-site request forgery test: same origin only, same-site is not enough. */
class SameOriginTest {

    private static final String HOST = "forum.example:8443";

    @Test
    void aFormOfThisSitePasses() {
        assertTrue(SameOrigin.test(post(Map.of("Sec-Fetch-Site", "same-origin", "Origin", "https://" + HOST))));
        assertTrue(SameOrigin.test(post(Map.of("Sec-Fetch-Site", "same-origin"))));
        assertTrue(SameOrigin.test(post(Map.of("Origin", "https://" + HOST))));
    }

    @Test
    void aClientThatIsNoBrowserSendsNeitherHeaderAndPasses() {
        assertTrue(SameOrigin.test(post(Map.of())));
    }

    @Test
    void aSiblingHostOfTheSameSiteIsRefused() {
        assertFalse(SameOrigin.test(post(Map.of("Sec-Fetch-Site", "same-site"))));
        assertFalse(SameOrigin.test(post(Map.of("Sec-Fetch-Site", "same-site", "Origin", "https://" + HOST))));
        assertFalse(SameOrigin.test(post(Map.of("Origin", "https://uploads.forum.example:8443"))));
    }

    @Test
    void anotherSiteIsRefused() {
        assertFalse(SameOrigin.test(post(Map.of("Sec-Fetch-Site", "cross-site"))));
        assertFalse(SameOrigin.test(post(Map.of("Origin", "https://evil.example"))));
        assertFalse(SameOrigin.test(post(Map.of("Origin", "null"))));
        assertFalse(SameOrigin.test(post(Map.of("Origin", "not a uri"))));
    }

    @Test
    void aTypedAddressCountsOnlyForAGet() {
        assertTrue(SameOrigin.test(FakeHttp.request("GET", Map.of("Host", HOST, "Sec-Fetch-Site", "none"))));
        assertFalse(SameOrigin.test(post(Map.of("Sec-Fetch-Site", "none"))));
        assertFalse(SameOrigin.test(FakeHttp.request("GET", Map.of("Host", HOST, "Sec-Fetch-Site", "same-site"))));
    }

    private static jakarta.servlet.http.HttpServletRequest post(Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        all.put("Host", HOST);
        return FakeHttp.request("POST", all);
    }
}
