package io.trustmark.document.application;

import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditSubjectType;

/**
 * Audit actions of the document feature. Names are stored: never rename one ({@code DOCUMENT_PURGED} is what
 * the retention job records when it erases an image; older rows carry that name).
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
