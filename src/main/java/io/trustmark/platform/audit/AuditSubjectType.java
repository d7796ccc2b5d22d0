package io.trustmark.platform.audit;

/**
 * What kind of thing an audit record is about (a request, a document, ...), named by the feature that
 * owns that thing. The stored value is {@link #name()}, stable like {@link AuditAction}'s.
 */
public interface AuditSubjectType {

    String name();
}
