package io.trustmark.review.application;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.application.RecentSignIn;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.review.domain.StepUpRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Step-up for decisions: after {@code trustmark.review.step-up-minutes} without a sign-in, a password
 * confirmation or a decision, the reviewer types their password again before the next decision. The
 * decisions themselves refuse without it ({@link RequiresRecentSignIn}); pages ask {@code #{stepUp.required}}
 * to show the password form instead of the decision buttons. The password goes through the same identity
 * store (and failed-login throttle) as the sign-in page, and every confirmation is audited.
 */
@Named
@ApplicationScoped
public class StepUp {

    @Inject
    RecentSignIn recentSignIn;

    @Inject
    CurrentMember member;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.review.step-up-minutes", defaultValue = "15")
    int minutes;

    public boolean isRequired() {
        return StepUpRule.minutes(minutes).required(recentSignIn.provedAt(), Instant.now(clock));
    }

    public int getMinutes() {
        return minutes;
    }

    /** @throws RefusedException {@code review.stepUp.required} when the password must be typed again first */
    public void require() {
        if (isRequired()) {
            throw new RefusedException("review.stepUp.required", minutes);
        }
    }

    /**
     * Checks the signed-in admin's password; true (audited, and the idle time starts again) when it is
     * right.
     */
    @Transactional
    public boolean confirm(String password) {
        var admin = member.account().orElse(null);
        if (admin == null || password == null || password.isEmpty()) {
            return false;
        }
        var result =
                identityStores.validate(new UsernamePasswordCredential(admin.getUsername(), new Password(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return false;
        }
        audit.record(admin.getId(), ReviewAudit.STEP_UP, ReviewAudit.Subject.ACCOUNT, admin.getId(), null);
        acted();
        return true;
    }

    /** A decision counts as activity: the next one within the idle time needs no password. */
    public void acted() {
        recentSignIn.proved(Instant.now(clock));
    }
}
