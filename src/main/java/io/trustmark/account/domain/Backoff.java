package io.trustmark.account.domain;

import java.time.Duration;

/**
 * How a counter of failures slows things down: the first {@code freeFailures} cost nothing; from then on
 * each failure makes the next attempt wait, one minute at first, doubling up to {@code longestDelay}.
 * A growing delay instead of a fixed lock keeps guessing slow without shutting anyone out for long.
 */
public record Backoff(int freeFailures, Duration longestDelay) {

    /** Short enough that a person who mistyped a few times barely notices. */
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    /** A day without failures starts a counter afresh. */
    public static final Duration FORGET_AFTER = Duration.ofDays(1);

    public Backoff {
        if (freeFailures < 1) {
            throw new IllegalArgumentException("freeFailures must be at least 1: " + freeFailures);
        }
        if (longestDelay.compareTo(FIRST_DELAY) < 0) {
            throw new IllegalArgumentException("longestDelay must be at least " + FIRST_DELAY + ": " + longestDelay);
        }
    }

    /** How long the next attempt must wait after {@code failures} failures in a row. */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        var delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
