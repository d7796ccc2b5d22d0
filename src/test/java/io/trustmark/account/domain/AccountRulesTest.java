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
        assertEquals(EmailConfirmation.State.USABLE, link.use(NOW.plus(Duration.ofHours(23))));
        assertTrue(account.mayPost());
        assertEquals(EmailConfirmation.State.USED, link.use(NOW.plus(Duration.ofHours(23))));

        var late = new EmailConfirmation(account, "h2", NOW, NOW.plus(Duration.ofHours(24)));
        assertEquals(EmailConfirmation.State.EXPIRED, late.use(NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void aNewPasswordEndsTheSessionsOfTheOldOne() {
        var account = new Account("somchai", "s@example.test", "old", Account.THAI, "3100600445635", Role.MEMBER, NOW);
        var before = account.getSessionGeneration();
        account.changePassword("new");
        assertEquals("new", account.getPasswordHash());
        assertEquals(before + 1, account.getSessionGeneration());
    }

    @Test
    void adminsAreMembersToo() {
        assertEquals(java.util.Set.of("MEMBER", "ADMIN"), Role.ADMIN.groups());
        assertEquals(java.util.Set.of("MEMBER"), Role.MEMBER.groups());
    }
}
