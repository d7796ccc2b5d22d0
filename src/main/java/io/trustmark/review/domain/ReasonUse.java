package io.trustmark.review.domain;

/** Where a reason from the list may be picked: asking for a new photo, refusing for good, or lowering a tier. */
public enum ReasonUse {
    RESUBMIT,
    REJECT,
    TIER
}
