package io.trustmark.review.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When a reviewer must type their password again before deciding: after {@code idle} without a sign-in,
 * a confirmation or a decision. A session left open on an unattended screen then cannot approve anything.
 */
public record StepUpRule(Duration idle) {

    public StepUpRule {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("Step-up idle time must be positive: " + idle);
        }
    }

    public static StepUpRule minutes(int minutes) {
        return new StepUpRule(Duration.ofMinutes(minutes));
    }

    /** {@code lastConfirmed} is null when the session never proved who it is. */
    public boolean required(Instant lastConfirmed, Instant now) {
        return lastConfirmed == null || Duration.between(lastConfirmed, now).compareTo(idle) > 0;
    }
}
