package io.trustmark.membership.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.domain.Tier;
import io.trustmark.membership.application.ThaIdVerification;
import io.trustmark.membership.domain.ThaIdRule;
import io.trustmark.membership.infrastructure.ThaIdPending;
import io.trustmark.membership.infrastructure.ThaIdProvider;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * "Verify with ThaID": the button on the wizard's first step ({@link #start}) sends the member to ThaID with
 * fresh {@code state}, {@code nonce} and PKCE secrets kept in their session; /member/thaid ({@link #callback})
 * is where ThaID sends them back. The callback is a GET that changes state, as OpenID Connect's redirect
 * must be: what makes it safe is the {@code state} it carries, which must be the one this session sent and
 * is good once, so a forged or replayed callback finds nothing and changes nothing.
 */
@Named
@RequestScoped
public class ThaIdBacking {

    /** The session attribute holding the one sign-in under way. */
    static final String PENDING = "trustmark.thaid.pending";

    /** A member who takes longer than this at ThaID starts again (ThaID's own codes live far shorter). */
    private static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    @Inject
    ThaIdProvider provider;

    @Inject
    ThaIdVerification verification;

    @Inject
    EligibilityBacking eligibility;

    @Inject
    CurrentMember member;

    @Inject
    Clock clock;

    private String code;
    private String state;
    private String error;

    /** Shown only when ThaID is configured and the member may become a Citizen now. */
    public boolean isOffered() {
        return provider.configured() && eligibility.eligibility().allowed().contains(Tier.CITIZEN);
    }

    /** The wizard's consent is ticked (its validator ran): check eligibility, then off to ThaID. */
    public String start() {
        try {
            verification.checkMayStart(member.getUsername());
            var start = provider.begin(Instant.now(clock), URI.create(Faces.getRequestBaseURL() + "member/thaid"));
            Faces.setSessionAttribute(PENDING, start.pending());
            var context = FacesContext.getCurrentInstance();
            // Not Faces.redirect: it formats the URL, and the query ThaID needs carries percent signs.
            context.getExternalContext().redirect(start.authorizationUri().toString());
            context.responseComplete();
        } catch (RefusedException e) {
            Refusals.addGlobal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** ThaID sent the member back: with a code, or with an error (cancelled). */
    public String callback() {
        ThaIdPending pending = Faces.getSessionAttribute(PENDING);
        Faces.removeSessionAttribute(PENDING);
        try {
            if (pending == null
                    || state == null
                    || !state.equals(pending.state())
                    || Instant.now(clock).isAfter(pending.startedAt().plus(PENDING_LIFETIME))) {
                return refused("thaid.stateMismatch");
            }
            if (error != null) {
                return refused("access_denied".equals(error) ? "thaid.cancelled" : "thaid.failed");
            }
            if (code == null || code.isBlank()) {
                return refused("thaid.failed");
            }
            var identity = provider.conclude(pending, code);
            var outcome = verification.conclude(member.getUsername(), identity);
            if (outcome == ThaIdRule.Outcome.VERIFIED) {
                Messages.addFlashGlobal(Messages.createInfo(outcome.messageKey()));
                return "/member/status?faces-redirect=true";
            }
            return refused(outcome.messageKey());
        } catch (RefusedException e) {
            Messages.addFlashGlobal(Refusals.message(e));
            return "/member/verify?faces-redirect=true";
        }
    }

    private static String refused(String messageKey) {
        Messages.addFlashGlobal(Messages.createError(messageKey));
        return "/member/verify?faces-redirect=true";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
