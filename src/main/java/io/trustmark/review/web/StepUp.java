package io.trustmark.review.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.review.domain.StepUpRule;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Step-up for decisions: after {@code trustmark.review.step-up-minutes} without a sign-in, a password
 * confirmation or a decision, the reviewer types their password again before the next decision. The
 * password goes through the same identity store (and failed-login throttle) as the sign-in page.
 */
@Named
@RequestScoped
public class StepUp {

    static final String CONFIRMED_AT = "io.trustmark.review.confirmedAt";

    @Inject
    HttpServletRequest request;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CurrentMember member;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.review.step-up-minutes", defaultValue = "15")
    int minutes;

    public boolean isRequired() {
        var session = request.getSession(false);
        var confirmed = session == null ? null : (Instant) session.getAttribute(CONFIRMED_AT);
        return StepUpRule.minutes(minutes).required(confirmed, Instant.now(clock));
    }

    public int getMinutes() {
        return minutes;
    }

    /** Checks the signed-in admin's password; true (and the idle time starts again) when it is right. */
    public boolean confirm(String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        var result = identityStores.validate(new UsernamePasswordCredential(member.getUsername(), new Password(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return false;
        }
        acted();
        return true;
    }

    /** A decision counts as activity: the next one within the idle time needs no password. */
    public void acted() {
        request.getSession().setAttribute(CONFIRMED_AT, Instant.now(clock));
    }
}
