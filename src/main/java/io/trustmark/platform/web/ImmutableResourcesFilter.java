package io.trustmark.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A Faces resource asked for with its version ({@code v=}, see {@link VersionedResources}) never changes under
 * that URL, so browsers may keep it for a year without asking again. Faces itself sends a week
 * ({@code Cache-Control: max-age=604800}) and would overwrite a header set before it; the wrapper keeps this one.
 * A resource asked for without a version keeps Faces' own answer.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*", asyncSupported = true)
public class ImmutableResourcesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CACHE_CONTROL = "Cache-Control";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getParameter(VersionedResources.VERSION) == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CACHE_CONTROL, IMMUTABLE);
        chain.doFilter(request, new Immutable(response));
    }

    /** Ignores any other Cache-Control set later. */
    static final class Immutable extends HttpServletResponseWrapper {

        Immutable(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
