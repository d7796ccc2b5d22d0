package io.trustmark.platform.web;

import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Guards the Faces forms that post without a server-kept view state. A guest's page is a stateless view (no
 * session, so reading the forum costs the server nothing), and so are the forum's pages for members
 * ({@link StatelessViews}); such a view posts no server-kept view state, and with it goes the token that otherwise
 * stops forged posts. So every Faces POST without a session (a stored view cannot be found anyway), and every form
 * post that says its view is stateless, must come from this site ({@link SameOrigin}: Origin and Sec-Fetch-Site,
 * which browsers set and another site cannot forge). That keeps another site from signing a visitor in to an
 * account of its choosing (login forgery), sending the sign-up form, or posting a reply in a member's name. A
 * stateful view's POST keeps Faces' own protection. Only a plain form's parameters are read here: reading a
 * multipart body would parse the upload before the intake's limits apply (and stateless pages upload nothing).
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
        return "POST".equals(request.getMethod()) && withoutViewState(request) && !SameOrigin.test(request);
    }

    private static boolean withoutViewState(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            return true;
        }
        var type = request.getContentType();
        return type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && "stateless".equals(request.getParameter(ResponseStateManager.VIEW_STATE_PARAM));
    }
}
