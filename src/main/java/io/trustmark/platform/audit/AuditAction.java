package io.trustmark.platform.audit;

/**
 * What happened, as a feature names it: each feature keeps its actions in one enum implementing this
 * (e.g. {@code ReviewAudit}), so the audit log itself knows no feature. The stored value is {@link #name()}:
 * stable, because the audit page filters on it and old records keep it.
 */
public interface AuditAction {

    String name();
}
