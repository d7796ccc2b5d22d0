package io.trustmark.membership.application;

import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditSubjectType;

/** Audit actions of the member's side of verification. Names are stored: never rename one. */
public enum MembershipAudit implements AuditAction {
    REQUEST_SUBMITTED,
    REQUEST_WITHDRAWN,
    /** ThaID named the registered number: the request (the subject) was made and approved at once. */
    THAID_VERIFIED,
    /** ThaID named another number than the member's (the subject): maybe someone else's ThaID. No tier. */
    THAID_PID_DIFFERS,
    /** ThaID proofed the member below the configured level; the detail holds the level. No tier. */
    THAID_IAL_TOO_LOW;

    /** What membership records are about; review's decisions are about the same requests. */
    public enum Subject implements AuditSubjectType {
        REQUEST,
        /** The same stored value as the account feature's and review's account subject. */
        ACCOUNT
    }
}
