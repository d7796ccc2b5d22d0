package io.trustmark.account.application;

import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditSubjectType;

/** Audit actions of the account feature. Names are stored: the audit page filters on them, never rename one. */
public enum AccountAudit implements AuditAction {
    /**
     * Someone signed up with the ID or passport number of an existing account (the subject). Not told on the
     * page, which would confirm that the person is a member; an admin sorts it out, and the holder is mailed.
     */
    SIGNUP_DUPLICATE_ID;

    public enum Subject implements AuditSubjectType {
        /** The same stored value as the review workbench's account subject, so the audit page lists them together. */
        ACCOUNT
    }
}
