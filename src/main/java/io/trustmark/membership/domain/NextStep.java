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
    APPLY_WITH_PASSPORT;

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
