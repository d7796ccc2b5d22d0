package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import java.util.Optional;

/**
 * What a member should do next about verification, from their account and latest request. Named on
 * the status page and in every mail about a request ({@code progress.next.<NAME>} in the bundles).
 */
public enum NextStep {
    /** Confirm the e-mail address first: nothing else is possible before. */
    CONFIRM_EMAIL,
    /** Send an ID card photo to become a Citizen. */
    APPLY,
    /** Nothing: an admin is reviewing; the answer comes by e-mail. */
    WAIT,
    /** Read the reviewer's reason and send a better photo. */
    FIX_AND_SEND_AGAIN,
    /** The request was withdrawn; a new one can be sent at any time. */
    SEND_AGAIN,
    /** Nothing: the ID card is verified. */
    NOTHING_VERIFIED,
    /** Citizen verification needs a Thai ID card, and this member registered with a passport. */
    NOT_AVAILABLE;

    public static NextStep of(Account account, Optional<VerificationRequest> latest) {
        var status = latest.map(VerificationRequest::getStatus);
        if (status.filter(RequestStatus::open).isPresent()) {
            return WAIT;
        }
        if (account.getTier().idVerified()) {
            return NOTHING_VERIFIED;
        }
        if (!account.mayPost()) {
            return CONFIRM_EMAIL;
        }
        if (!account.isThai()) {
            return NOT_AVAILABLE;
        }
        if (status.filter(s -> s == RequestStatus.REJECTED).isPresent()) {
            return FIX_AND_SEND_AGAIN;
        }
        return status.filter(s -> s == RequestStatus.WITHDRAWN).isPresent() ? SEND_AGAIN : APPLY;
    }
}
