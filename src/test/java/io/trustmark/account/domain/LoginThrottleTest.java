package io.trustmark.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failures slow the next attempt down with a growing delay instead of one long lock. */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Backoff FIVE_FREE = new Backoff(5, Duration.ofMinutes(15));

    @Test
    void theFreeFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Duration.ZERO, FIVE_FREE.delayAfter(failures), "after " + failures);
        }
    }

    @Test
    void theDelayStartsAtOneMinuteAndDoublesUpToTheLongest() {
        assertEquals(Duration.ofMinutes(1), FIVE_FREE.delayAfter(5));
        assertEquals(Duration.ofMinutes(2), FIVE_FREE.delayAfter(6));
        assertEquals(Duration.ofMinutes(4), FIVE_FREE.delayAfter(7));
        assertEquals(Duration.ofMinutes(8), FIVE_FREE.delayAfter(8));
        assertEquals(Duration.ofMinutes(15), FIVE_FREE.delayAfter(9));
        assertEquals(Duration.ofMinutes(15), FIVE_FREE.delayAfter(10_000));
    }

    @Test
    void aBackoffNeedsAFreeFailureAndALongestDelayOfAtLeastTheFirst() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(5, Duration.ofSeconds(30)));
    }

    @Test
    void theFifthFailureMakesTheNextAttemptWaitAMinuteNotAQuarterOfAnHour() {
        var throttle = new LoginThrottle("account:somchai@192.0.2.1", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.fail(NOW, FIVE_FREE);
        }
        assertFalse(throttle.lockedAt(NOW));
        assertEquals(Duration.ZERO, throttle.waitAt(NOW));
        throttle.fail(NOW, FIVE_FREE);
        assertTrue(throttle.lockedAt(NOW));
        assertEquals(Duration.ofMinutes(1), throttle.waitAt(NOW));
        assertEquals(Duration.ofSeconds(20), throttle.waitAt(NOW.plusSeconds(40)));
        assertFalse(throttle.lockedAt(NOW.plus(Duration.ofMinutes(1))));

        var later = NOW.plus(Duration.ofMinutes(1));
        throttle.fail(later, FIVE_FREE);
        assertEquals(Duration.ofMinutes(2), throttle.waitAt(later), "each further failure doubles the wait");
    }

    @Test
    void aDayWithoutFailuresStartsAfresh() {
        var throttle = new LoginThrottle("address:192.0.2.1", NOW);
        for (int i = 0; i < 7; i++) {
            throttle.fail(NOW, FIVE_FREE);
        }
        var nextDay = NOW.plus(Backoff.FORGET_AFTER);
        throttle.fail(nextDay, FIVE_FREE);
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.lockedAt(nextDay));
    }
}
