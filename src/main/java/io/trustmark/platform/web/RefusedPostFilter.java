package io.trustmark.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A Faces post without the page's CSP nonce, or with another page's (a bot, a form kept open across a deploy, a
 * forged post), is refused by PrimeFaces with a {@link CspException}. That is bad input, not a failure of the
 * server: it is answered with a 400 and the error page in the reader's language, logged as one line at INFO,
 * not as a 500 with a stack trace at WARNING.
 * <p>
 * An error page is shown as if by a GET, for this refusal and for every other error of a post (the 403 of a
 * forged stateless post): the error page is a Faces view too, and given the refused form's parameters Faces would
 * take it for a postback of that form, and PrimeFaces would refuse it again for the same missing nonce.
 */
@WebFilter(
        servletNames = "FacesServlet",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RefusedPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RefusedPostFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter("POST".equals(request.getMethod()) ? new AsGet(request) : request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            var refusal = cspRefusal(e);
            if (refusal == null || response.isCommitted()) {
                throw e;
            }
            LOG.info(() -> "Faces post refused (400): " + refusal.getMessage() + " on " + request.getRequestURI());
            response.resetBuffer();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    static CspException cspRefusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (t instanceof CspException csp) {
                return csp;
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        var cause = t instanceof ServletException servlet && servlet.getRootCause() != null
                ? servlet.getRootCause()
                : t.getCause();
        return cause == t ? null : cause;
    }

    /** The request as a GET without parameters: what an error page needs to render afresh. */
    static final class AsGet extends HttpServletRequestWrapper {

        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
