package io.trustmark.review.web;

import io.trustmark.platform.web.SameOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Cross-site request forgery guard for everything under /admin that changes state (any method but GET
 * and HEAD), Faces or not: a request whose Origin names another site, or that the browser marks as
 * cross-site (Sec-Fetch-Site), is refused before it reaches a page or servlet. Faces forms additionally
 * need their view state; this catches what view state does not cover.
 */
@WebFilter(urlPatterns = "/admin/*", asyncSupported = true)
public class AdminOriginFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && !SameOrigin.test(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a GET was started from this site (or typed), not by another site: only then may opening a page claim. */
    static boolean notCrossSite(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        return site == null || "same-origin".equals(site) || "none".equals(site);
    }
}
