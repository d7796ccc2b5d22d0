package io.trustmark.privacy.application;

import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditSubjectType;

/** What the member-rights pages record in the audit trail. */
public enum PrivacyAudit implements AuditAction {
    /** A member downloaded the archive of their data. */
    DATA_EXPORTED,
    /** An admin listed the document views of one admin over a period (breach readiness). */
    BREACH_REPORT,
    /** A member erased their account (the row is a tombstone from now on). */
    ACCOUNT_ERASED,
    /** The member's request waiting for review ended because they erased their account. */
    WITHDRAWN_BY_ERASURE;

    public enum Subject implements AuditSubjectType {
        ACCOUNT
    }
}
