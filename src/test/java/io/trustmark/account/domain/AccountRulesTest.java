package io.trustmark.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void confirmationLinkWorksOnceAndOnlyBeforeItExpires() {
        var account = new Account(
                "Somchai", " Somchai@Example.TEST ", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
        assertEquals("somchai", account.getUsername());
        assertEquals("somchai@example.test", account.getEmail());
        assertFalse(account.mayPost());

        var link = new EmailConfirmation(account, "h", NOW, NOW.plus(Duration.ofHours(24)));
        assertEquals(EmailConfirmation.Outcome.CONFIRMED, link.use(NOW.plus(Duration.ofHours(23))));
        assertTrue(account.mayPost());
        assertEquals(EmailConfirmation.Outcome.ALREADY_USED, link.use(NOW.plus(Duration.ofHours(23))));

        var late = new EmailConfirmation(account, "h2", NOW, NOW.plus(Duration.ofHours(24)));
        assertEquals(EmailConfirmation.Outcome.EXPIRED, late.use(NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void loginThrottleLocksAfterTooManyFailuresAndUnlocksLater() {
        var lock = Duration.ofMinutes(15);
        var throttle = new LoginThrottle("account:somchai", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.fail(NOW, 5, lock);
        }
        assertFalse(throttle.lockedAt(NOW));
        throttle.fail(NOW, 5, lock);
        assertTrue(throttle.lockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(throttle.lockedAt(NOW.plus(lock)));
    }

    @Test
    void failuresOutsideTheWindowStartAfresh() {
        var lock = Duration.ofMinutes(15);
        var throttle = new LoginThrottle("account:somchai", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.fail(NOW, 5, lock);
        }
        throttle.fail(NOW.plus(Duration.ofMinutes(20)), 5, lock);
        assertFalse(throttle.lockedAt(NOW.plus(Duration.ofMinutes(20))));
    }

    @Test
    void adminsAreMembersToo() {
        assertEquals(java.util.Set.of("MEMBER", "ADMIN"), Role.ADMIN.groups());
        assertEquals(java.util.Set.of("MEMBER"), Role.MEMBER.groups());
    }
}
