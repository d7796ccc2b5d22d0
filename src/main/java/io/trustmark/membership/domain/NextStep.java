package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import java.util.Optional;

/**
 * What a member should do next about verification, from their account and latest request. Named on
 * the status page and in every mail about a request ({@code progress.next.<NAME>} in the bundles).
 */
public enum NextStep {
    /** Confirm the e-mail address first: nothing else is possible before. */
    CONFIRM_EMAIL,
    /** Nothing: an admin is reviewing; the answer comes by e-mail. */
    WAIT,
    /** Nothing: Trusted is the highest tier. */
    NOTHING_TRUSTED,
    /** A reviewer sent the request back: fix what they name and send it again. */
    FIX_AND_SEND_AGAIN,
    /** Refused for good: nothing to send; the member may write to the admins. */
    REFUSED,
    /** The request was withdrawn; a new one can be sent at any time. */
    SEND_AGAIN,
    /** A Citizen may add a face photo and the passbook to become Trusted. */
    BECOME_TRUSTED,
    /** A Thai member sends the ID card to become a Citizen (or more documents for Trusted). */
    APPLY,
    /** Citizen verification needs a Thai ID card; a member registered with a passport can become Trusted. */
    APPLY_WITH_PASSPORT,
    /**
     * Sending (again) is what would come next, but {@link EligibilityPolicy} holds it back now (a misuse
     * cool-down, no attempts left, a document refused for good): the member is told why instead.
     */
    NOT_NOW;

    /** The steps that ask the member to send a request: the ones eligibility may hold back. */
    private static final java.util.Set<NextStep> SENDING =
            java.util.EnumSet.of(FIX_AND_SEND_AGAIN, SEND_AGAIN, BECOME_TRUSTED, APPLY, APPLY_WITH_PASSPORT);

    /**
     * What to do next, and for {@link #NOT_NOW} which tier may not be requested and why.
     *
     * @param tier the tier held back, or null
     * @param why  the refusal to show, or null
     */
    public record Advice(NextStep step, Tier tier, Eligibility.Refusal why) {

        public static Advice of(NextStep step) {
            return new Advice(step, null, null);
        }
    }

    /**
     * The next step as {@link #of} finds it, unless it asks to send a request that {@code eligibility} (the
     * {@link EligibilityPolicy}'s verdict now) would refuse: sending again is held back for the tier of the
     * request sent back or withdrawn; a new request, only when no tier is open.
     */
    public static Advice advise(Account account, Optional<VerificationRequest> latest, Eligibility eligibility) {
        var step = of(account, latest);
        if (!SENDING.contains(step)) {
            return Advice.of(step);
        }
        if (step == FIX_AND_SEND_AGAIN || step == SEND_AGAIN) {
            var tier = latest.orElseThrow().getRequestedTier();
            return eligibility
                    .refusal(tier)
                    .map(why -> new Advice(NOT_NOW, tier, why))
                    .orElse(Advice.of(step));
        }
        if (eligibility.anyAllowed() || eligibility.options().isEmpty()) {
            return Advice.of(step);
        }
        // No tier open: the highest one's reason (a non-Thai member's Citizen says only "needs a Thai card").
        var last = eligibility.options().get(eligibility.options().size() - 1);
        return new Advice(NOT_NOW, last.tier(), last.refusal());
    }

    public static NextStep of(Account account, Optional<VerificationRequest> latest) {
        var status = latest.map(VerificationRequest::getStatus);
        if (status.filter(RequestStatus::open).isPresent()) {
            return WAIT;
        }
        if (!account.mayPost()) {
            return CONFIRM_EMAIL;
        }
        if (account.getTier() == Tier.TRUSTED) {
            return NOTHING_TRUSTED;
        }
        if (status.filter(s -> s == RequestStatus.RESUBMIT).isPresent()) {
            return FIX_AND_SEND_AGAIN;
        }
        if (status.filter(s -> s == RequestStatus.REJECTED).isPresent()) {
            return REFUSED;
        }
        if (status.filter(s -> s == RequestStatus.WITHDRAWN).isPresent()) {
            return SEND_AGAIN;
        }
        if (account.isIdVerified()) {
            return BECOME_TRUSTED;
        }
        return account.isThai() ? APPLY : APPLY_WITH_PASSPORT;
    }
}
