package io.trustmark.account.infrastructure;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.application.RecentSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Signs members in through the Faces login page and keeps them signed in by their username in the
 * session. The groups are read from the database on every request instead of being remembered:
 * a changed role counts at once, every node of a cluster agrees, and it avoids Payara's remembered-
 * session path, which loses the groups under concurrent load (payara/Payara#6145, #6342).
 * <p>
 * A request for a protected page without a session goes to the login page, which sends the member back
 * afterwards ({@link #CONTINUE}). A sign-in also notes when the session last proved who it is
 * ({@link RecentSignIn}), from which the admins' step-up counts its idle time, marks the browser as a known
 * device ({@link DeviceCookie}) and remembers the account's session generation: after a password reset the
 * generation differs and the session is no longer signed in.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The session attribute that holds the signed-in username; set at every sign-in. */
    public static final String CALLER = "trustmark.caller";

    /** The account's session generation when this session signed in: a new password ends the session. */
    static final String GENERATION = "trustmark.generation";

    public static final String CONTINUE = "trustmark.continue";
    private static final String LOGIN_PAGE = "/account/login";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountRepository accounts;

    @Inject
    RecentSignIn recentSignIn;

    @Inject
    DeviceCookie deviceCookie;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            var result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            var username = result.getCallerPrincipal().getName();
            var session = request.getSession();
            session.setAttribute(CALLER, username);
            session.setAttribute(
                    GENERATION, accounts.byUsername(username).orElseThrow().getSessionGeneration());
            deviceCookie.remember(username, request, response);
            recentSignIn.proved(Instant.now(clock));
            return context.notifyContainerAboutLogin(result);
        }
        var session = request.getSession(false);
        var caller = session == null ? null : (String) session.getAttribute(CALLER);
        if (caller != null) {
            var account = accounts.byUsername(caller);
            // A session from before the account's last new password is over, on whichever node it lives.
            if (account.isPresent()
                    && Long.valueOf(account.get().getSessionGeneration()).equals(session.getAttribute(GENERATION))) {
                return context.notifyContainerAboutLogin(
                        caller, account.get().getRole().groups());
            }
            session.removeAttribute(CALLER);
            session.removeAttribute(GENERATION);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        if ("GET".equals(request.getMethod())) {
            var query = request.getQueryString();
            request.getSession()
                    .setAttribute(
                            CONTINUE,
                            request.getRequestURI()
                                            .substring(request.getContextPath().length())
                                    + (query == null ? "" : "?" + query));
        }
        try {
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }
}
