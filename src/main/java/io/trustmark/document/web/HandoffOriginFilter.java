package io.trustmark.document.web;

import io.trustmark.platform.web.SameOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The phone's hand-off page works without a sign-in, so its form is guarded here as well as by its own
 * token: a POST from another origin, a sibling host of the same site included ({@link SameOrigin}), is
 * refused before it reaches the page. And since the link's token is in
 * the address, no cache may keep the page (the referrer stays on this site: SecurityHeadersFilter).
 */
@WebFilter(
        urlPatterns = {"/handoff", "/handoff.xhtml"},
        asyncSupported = true)
public class HandoffOriginFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !SameOrigin.test(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // The page's only form sends a photo; anything else would make the file input fail with a 500.
        var type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, response);
    }
}
