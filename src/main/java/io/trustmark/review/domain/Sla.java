package io.trustmark.review.domain;

import java.time.Duration;
import java.time.Instant;

/** The promised answer time: a request waiting longer is overdue and is marked so in the queue. */
public record Sla(int hours) {

    public Sla {
        if (hours <= 0) {
            throw new IllegalArgumentException("SLA hours must be positive: " + hours);
        }
    }

    public boolean overdue(Instant submittedAt, Instant now) {
        return Duration.between(submittedAt, now).compareTo(Duration.ofHours(hours)) > 0;
    }

    /** How much of the SLA the request has used, in percent (over 100 when overdue). */
    public int percentUsed(Instant submittedAt, Instant now) {
        return (int) (Duration.between(submittedAt, now).toMinutes() * 100 / (hours * 60L));
    }
}
