package io.trustmark.api.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The site's error pages are HTML for people; a program calling {@code /api} or {@code /openapi} gets a problem
 * document instead. JAX-RS answers API errors itself ({@link ProblemMapper}), but some errors never reach it and go
 * to web.xml's error pages: those of Payara's {@code /openapi} servlet (which runs inside this application, e.g. 406
 * for an Accept it cannot serve) and failures of the container or a servlet filter. Those error dispatches pass
 * through here first.
 */
@WebFilter(urlPatterns = "/WEB-INF/errors/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorPages extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ApiErrorPages.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (!isMachineFacing(path)) {
            chain.doFilter(request, response);
            return;
        }
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 ? given : 500;
        var failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 || failure != null) {
            var incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, failure, () -> "api.failure incident=" + incident + " status=" + status);
            Problems.send(response, status, "Unexpected failure, incident " + incident);
        } else {
            Problems.send(response, status, detail(path, status));
        }
    }

    /** Paths that programs call, as opposed to pages people read (context-relative). */
    static boolean isMachineFacing(String path) {
        return path.equals("/api")
                || path.startsWith("/api/")
                || path.equals("/openapi")
                || path.startsWith("/openapi/");
    }

    private static String detail(String path, int status) {
        return status == 406 && path.startsWith("/openapi")
                ? "The OpenAPI document is served as application/yaml, text/plain or application/json"
                : Problems.reasonPhrase(status);
    }
}
