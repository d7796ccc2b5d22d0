package io.trustmark.review.application;

/**
 * Audit actions written by the review workbench, next to the ones in {@code AuditLog}. Names are stable:
 * the audit page filters on them and old records keep them.
 */
public final class ReviewAudit {

    public static final String REQUEST_CLAIMED = "REQUEST_CLAIMED";
    public static final String CLAIM_RELEASED = "CLAIM_RELEASED";
    public static final String CLAIM_TAKEN_OVER = "CLAIM_TAKEN_OVER";
    public static final String REQUEST_RESUBMIT = "REQUEST_RESUBMIT";
    public static final String TIER_LOWERED = "TIER_LOWERED";
    public static final String REASON_SAVED = "REASON_SAVED";
    public static final String STEP_UP = "STEP_UP";

    public static final String REQUEST = "REQUEST";
    public static final String ACCOUNT = "ACCOUNT";
    public static final String REASON = "REASON";

    private ReviewAudit() {
    }
}
