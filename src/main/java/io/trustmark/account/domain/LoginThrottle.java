package io.trustmark.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-in attempts for one account or one client address within a window. After too many,
 * the key is locked for a while: guessing passwords becomes slow without locking anyone out for good.
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

    /** Counts a failure; the window and the lock both last {@code lock}. */
    public void fail(Instant now, int maxFailures, Duration lock) {
        if (now.isAfter(windowStartedAt.plus(lock))) {
            windowStartedAt = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lock);
            failures = 0;
            windowStartedAt = now;
        }
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
