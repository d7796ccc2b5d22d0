package io.trustmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatelessPostFilterTest {

    @Test
    void aPostWithoutSessionFromAnotherSiteIsRefused() {
        assertTrue(StatelessPostFilter.refused(request("POST", false, Map.of("Origin", "https://evil.example"))));
        assertTrue(StatelessPostFilter.refused(request("POST", false, Map.of("Sec-Fetch-Site", "cross-site"))));
    }

    @Test
    void aPostWithoutSessionFromThisSiteOrWithoutBrowserHeadersPasses() {
        assertFalse(StatelessPostFilter.refused(request("POST", false, Map.of("Origin", "http://trustmark.test"))));
        assertFalse(StatelessPostFilter.refused(request("POST", false, Map.of("Sec-Fetch-Site", "same-origin"))));
        assertFalse(StatelessPostFilter.refused(request("POST", false, Map.of())));
    }

    @Test
    void getsAndPostsOfAStatefulViewInASessionAreLeftToFaces() {
        assertFalse(StatelessPostFilter.refused(request("GET", false, Map.of("Origin", "https://evil.example"))));
        assertFalse(StatelessPostFilter.refused(request("POST", true, Map.of("Origin", "https://evil.example"))));
        assertFalse(StatelessPostFilter.refused(
                request("POST", true, Map.of("Origin", "https://evil.example"), "-123:456")));
    }

    /** A member's reply on a forum page (a stateless view) carries no token: it must come from this site. */
    @Test
    void aStatelessViewsPostInASessionMustComeFromThisSite() {
        assertTrue(StatelessPostFilter.refused(
                request("POST", true, Map.of("Origin", "https://evil.example"), "stateless")));
        assertFalse(StatelessPostFilter.refused(
                request("POST", true, Map.of("Origin", "http://trustmark.test"), "stateless")));
    }

    private static HttpServletRequest request(String method, boolean session, Map<String, String> headers) {
        return request(method, session, headers, null);
    }

    private static HttpServletRequest request(
            String method, boolean session, Map<String, String> headers, String viewState) {
        var all = new java.util.HashMap<>(headers);
        all.put("Host", "trustmark.test");
        var httpSession = (HttpSession) Proxy.newProxyInstance(
                HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class}, (p, m, a) -> null);
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> all.get((String) args[0]);
                    case "getContentType" -> viewState == null ? null : "application/x-www-form-urlencoded";
                    case "getParameter" -> "jakarta.faces.ViewState".equals(args[0]) ? viewState : null;
                    case "getSession" -> {
                        if (args != null && Boolean.FALSE.equals(args[0]) && !session) {
                            yield null;
                        }
                        yield httpSession;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
