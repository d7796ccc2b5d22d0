package io.trustmark.document.application;

import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditSubjectType;

/**
 * Audit actions of the document feature, with the same stored names as the string constants still used
 * by {@code DocumentVault}, {@code DocumentRetention} and {@code Handoffs} (which move to this enum with
 * their next change). Names are stored: never rename one.
 */
public enum DocumentAudit implements AuditAction {
    DOCUMENT_VIEWED,
    DOCUMENT_RESEALED,
    DOCUMENT_PURGED,
    HANDOFF_CREATED,
    HANDOFF_OPENED,
    HANDOFF_REFUSED,
    HANDOFF_UPLOADED,
    HANDOFF_CLOSED;

    public enum Subject implements AuditSubjectType {
        DOCUMENT,
        HANDOFF
    }
}
