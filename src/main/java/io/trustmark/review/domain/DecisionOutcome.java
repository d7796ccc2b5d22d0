package io.trustmark.review.domain;

import io.trustmark.membership.domain.RequestStatus;

/** What a reviewer can do with a request: approve it, send it back to be fixed, or refuse it for good. */
public enum DecisionOutcome {
    APPROVED(RequestStatus.APPROVED, null),
    RESUBMIT(RequestStatus.RESUBMIT, ReasonUse.RESUBMIT),
    REJECTED(RequestStatus.REJECTED, ReasonUse.REJECT);

    private final RequestStatus status;
    private final ReasonUse reasonUse;

    DecisionOutcome(RequestStatus status, ReasonUse reasonUse) {
        this.status = status;
        this.reasonUse = reasonUse;
    }

    /** The status the request is left in. */
    public RequestStatus status() {
        return status;
    }

    /** Which reasons from the list fit this outcome; null when the outcome needs none. */
    public ReasonUse reasonUse() {
        return reasonUse;
    }

    public boolean needsReason() {
        return reasonUse != null;
    }
}
