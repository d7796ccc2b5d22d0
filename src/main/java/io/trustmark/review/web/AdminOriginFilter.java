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
 * Cross-site request forgery guard for everything under /admin that changes state (any method but GET,
 * HEAD and OPTIONS), Faces or not: a request whose Origin names another origin, or that the browser does not
 * mark as same-origin (Sec-Fetch-Site; a sibling host of the same site is refused too), is refused before it
 * reaches a page or servlet ({@link SameOrigin}). Faces forms additionally need their view state; this
 * catches what view state does not cover. A GET under /admin changes nothing (the review page claims only by
 * POST), so links from elsewhere, e-mail included, keep working.
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
}
