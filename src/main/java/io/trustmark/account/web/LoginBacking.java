package io.trustmark.account.web;

import io.trustmark.account.application.LoginGuard;
import io.trustmark.account.infrastructure.DeviceCookie;
import io.trustmark.account.infrastructure.SessionAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Messages;

/** /account/login: hands the credentials to Jakarta Security and reports the outcome. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    LoginGuard guard;

    @Inject
    DeviceCookie deviceCookie;

    private String username;
    private String password;

    public String login() throws IOException {
        var context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        if (refusedForNow(request)) {
            return null;
        }
        // A fresh session id before the session is bound to the account: no fixation.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var status = security.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            context.responseComplete();
            return null;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            var target = (String) request.getSession().getAttribute(SessionAuthenticationMechanism.CONTINUE);
            request.getSession().removeAttribute(SessionAuthenticationMechanism.CONTINUE);
            // Only a path inside this application, never a URL someone put into the session from outside.
            if (target != null && target.startsWith("/") && !target.startsWith("//")) {
                external.redirect(external.getRequestContextPath() + target);
                return null;
            }
            return "/forum/index?faces-redirect=true";
        }
        if (!refusedForNow(request)) {
            Messages.addGlobal(Messages.createError("login.failed"));
        }
        return null;
    }

    /** Says how long to wait when this account may not be tried from this browser for now. */
    private boolean refusedForNow(HttpServletRequest request) {
        var wait = guard.waitFor(username, request.getRemoteAddr(), deviceCookie.token(request));
        if (wait.isZero()) {
            return false;
        }
        Messages.addGlobal(Messages.createError("login.locked", LoginGuard.minutes(wait)));
        return true;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
