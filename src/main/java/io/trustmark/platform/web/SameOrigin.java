package io.trustmark.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/**
 * Whether a request that changes state came from this site: the cross-site request forgery test shared by
 * the admin pages and the phone's hand-off page. A request whose Origin names another site, or that the
 * browser marks as cross-site (Sec-Fetch-Site), is not.
 */
public final class SameOrigin {

    private SameOrigin() {}

    public static boolean test(HttpServletRequest request) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return false;
        }
        var origin = request.getHeader("Origin");
        if (origin == null) {
            // Browsers send Origin with every cross-origin POST; without one the request came from this
            // site or from a client that is not a browser (and holds no one's cookie).
            return true;
        }
        try {
            var uri = URI.create(origin);
            var host = request.getHeader("Host");
            return uri.getHost() != null && host != null && host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
