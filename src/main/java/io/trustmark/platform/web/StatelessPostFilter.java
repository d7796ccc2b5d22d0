package io.trustmark.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Guards the Faces forms that post without a session. A guest's page is a stateless view (no session, so
 * reading the forum costs the server nothing), and such a view posts no server-kept view state: the view
 * state that otherwise serves as the anti-forgery token is gone. Without a session a stored view cannot be
 * found anyway, so every Faces POST without one is treated as stateless and must come from this site
 * ({@link SameOrigin}: Origin and Sec-Fetch-Site, which browsers set and another site cannot forge). That keeps
 * another site from signing a visitor in to an account of its choosing (login forgery) or sending the
 * sign-up form. A POST within a session keeps Faces' own protection.
 */
@WebFilter(
        servletNames = "FacesServlet",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class StatelessPostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (refused(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean refused(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getSession(false) == null && !SameOrigin.test(request);
    }
}
