package io.trustmark.membership.application;

import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditSubjectType;

/** Audit actions of the member's side of verification. Names are stored: never rename one. */
public enum MembershipAudit implements AuditAction {
    REQUEST_SUBMITTED,
    REQUEST_WITHDRAWN;

    /** What membership records are about; review's decisions are about the same requests. */
    public enum Subject implements AuditSubjectType {
        REQUEST
    }
}
