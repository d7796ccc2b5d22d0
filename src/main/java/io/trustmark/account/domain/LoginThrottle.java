package io.trustmark.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failures counted under one key (an account from one address, one address, ... see
 * {@link SignInThrottling}) and the time until which the key must wait, by a {@link Backoff}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "throttle_key")
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
        // for JPA
    }

    public LoginThrottle(String key, Instant now) {
        this.key = key;
        this.windowStartedAt = now;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How long an attempt at {@code now} must still wait; zero when it may go ahead. */
    public Duration waitAt(Instant now) {
        return lockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /** Counts a failure; from the backoff's free failures on, the next attempt must wait. */
    public void fail(Instant now, Backoff backoff) {
        var last = lastFailureAt != null ? lastFailureAt : windowStartedAt;
        if (failures > 0 && !now.isBefore(last.plus(Backoff.FORGET_AFTER))) {
            failures = 0;
            windowStartedAt = now;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        var delay = backoff.delayAfter(failures);
        if (!delay.isZero()) {
            lockedUntil = now.plus(delay);
        }
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
