package io.trustmark.review.application;

import java.time.Instant;

/** Which audit records to list; every criterion is optional. {@code to} is exclusive. */
public record AuditQuery(String actor, String action, String subjectType, Long subjectId, Instant from, Instant to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
