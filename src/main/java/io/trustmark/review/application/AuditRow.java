package io.trustmark.review.application;

import java.io.Serializable;
import java.time.Instant;

/** One audit record as the audit page lists it, with the actor's name instead of their id. */
public record AuditRow(
        Long id, Instant occurredAt, String actor, String action, String subjectType, Long subjectId, String detail)
        implements Serializable {}
