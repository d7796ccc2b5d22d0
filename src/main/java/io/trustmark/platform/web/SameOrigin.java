package io.trustmark.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;

/**
 * Whether a request that changes state came from this site: the cross-site request forgery test shared by
 * the admin pages and the phone's hand-off page. Same-site is not enough: a sibling host under the same
 * registrable domain (another forum's subdomain, a user-content host) is "same-site" to the browser but a
 * different origin that must not act with an admin's cookie. So a request passes only when the browser
 * marks it {@code same-origin} (or sends no Sec-Fetch-Site at all), and its Origin, when present, names this
 * host. {@code none} (typed into the address bar, a bookmark) is accepted for GET and HEAD only: no form or
 * script sends it.
 */
public final class SameOrigin {

    private static final Set<String> READ_ONLY = Set.of("GET", "HEAD");

    private SameOrigin() {}

    public static boolean test(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null
                && !"same-origin".equals(site)
                && !("none".equals(site) && READ_ONLY.contains(request.getMethod()))) {
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
