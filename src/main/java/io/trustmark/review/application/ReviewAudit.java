package io.trustmark.review.application;

import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditSubjectType;

/**
 * Audit actions written by the review workbench (about requests: {@code MembershipAudit.Subject.REQUEST}).
 * Names are stored: the audit page filters on them and old records keep them, so never rename one.
 */
public enum ReviewAudit implements AuditAction {
    REQUEST_CLAIMED,
    CLAIM_RELEASED,
    CLAIM_TAKEN_OVER,
    REQUEST_MRZ_CHECKED,
    REQUEST_FIRST_APPROVAL,
    REQUEST_APPROVED,
    REQUEST_RESUBMIT,
    REQUEST_REJECTED,
    TIER_LOWERED,
    /** An admin lifted a member's bars (final refusals, misuse cool-down, used attempts); the subject is the member. */
    BARS_LIFTED,
    REASON_SAVED,
    /** An admin typed their password again before a decision; the subject is the admin's account. */
    STEP_UP;

    public enum Subject implements AuditSubjectType {
        /** A member whose tier an admin changed, or the admin who stepped up. */
        ACCOUNT,
        REASON
    }
}
