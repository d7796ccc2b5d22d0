package io.trustmark.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A reset link works once, only before it expires, and ends the sessions of the old password. */
class PasswordResetTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(30));

    private final Account account =
            new Account("somchai", "s@example.test", "old-hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);

    @Test
    void usableUntilItExpires() {
        var reset = new PasswordReset(account, "h", NOW, EXPIRY);
        assertEquals(PasswordReset.State.USABLE, reset.stateAt(NOW));
        assertEquals(PasswordReset.State.USABLE, reset.stateAt(EXPIRY.minusMillis(1)));
        assertEquals(PasswordReset.State.EXPIRED, reset.stateAt(EXPIRY));
    }

    @Test
    void usingItSetsThePasswordEndsSessionsAndConfirmsTheAddress() {
        var reset = new PasswordReset(account, "h", NOW, EXPIRY);
        var generation = account.getSessionGeneration();
        reset.use("new-hash", NOW.plusSeconds(60));
        assertEquals("new-hash", account.getPasswordHash());
        assertEquals(generation + 1, account.getSessionGeneration());
        assertTrue(account.mayPost(), "the link came by mail: the address is proved");
    }

    @Test
    void itWorksOnlyOnce() {
        var reset = new PasswordReset(account, "h", NOW, EXPIRY);
        reset.use("new-hash", NOW);
        assertEquals(PasswordReset.State.USED, reset.stateAt(NOW));
        assertEquals(PasswordReset.State.USED, reset.stateAt(EXPIRY.plusSeconds(1)), "used, not expired");
        assertThrows(IllegalStateException.class, () -> reset.use("other-hash", NOW));
        assertEquals("new-hash", account.getPasswordHash());
    }

    @Test
    void anExpiredLinkChangesNothing() {
        var generation = account.getSessionGeneration();
        var reset = new PasswordReset(account, "h", NOW, EXPIRY);
        assertThrows(IllegalStateException.class, () -> reset.use("new-hash", EXPIRY));
        assertEquals("old-hash", account.getPasswordHash());
        // A new account starts at a random generation (pdpa: an erased account's sessions never match a new one).
        assertEquals(generation, account.getSessionGeneration());
    }

    @Test
    void aRetiredLinkNoLongerWorks() {
        var reset = new PasswordReset(account, "h", NOW, EXPIRY);
        reset.retire(NOW);
        assertEquals(PasswordReset.State.USED, reset.stateAt(NOW));
    }
}
