package io.trustmark.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hardens the session cookie from configuration: HttpOnly always, Secure unless a plain HTTP set-up
 * (the local demo) turns it off. SameSite=Lax comes from payara-web.xml alone: Payara 6 drops the Servlet 6
 * {@code SessionCookieConfig.setAttribute("SameSite", …)} on the session cookie it writes itself, and setting
 * both wrote the attribute twice where it did not ({@code SameSite=lax;SameSite=Lax}).
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "trustmark.session.cookie-secure", defaultValue = "true")
    boolean secure;

    @Inject
    @ConfigProperty(name = "trustmark.session.timeout-minutes", defaultValue = "30")
    int timeoutMinutes;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        var cookie = context.getSessionCookieConfig();
        cookie.setName("TRUSTMARK_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        context.setSessionTimeout(timeoutMinutes);
    }
}
