package io.trustmark.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountErasureTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static Account account(long id) throws Exception {
        var account = new Account("somchai", "s@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
        Field field = Account.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(account, id);
        account.fingerprintIdNumber("f".repeat(64));
        account.chooseLanguage(Locale.forLanguageTag("th"));
        account.markIdVerified(7L, NOW);
        return account;
    }

    @Test
    void erasureLeavesATombstoneNamedByTheIdOnlyAndEndsEverySession() throws Exception {
        var account = account(42);
        var generation = account.getSessionGeneration();
        account.erase(NOW, true);
        assertTrue(account.isErased());
        assertEquals("~42", account.getUsername());
        assertEquals("~42@erased.invalid", account.getEmail());
        assertTrue(Account.isErasedName(account.getUsername()));
        assertNull(account.getIdNumber(), "the sealed number goes");
        assertEquals("f".repeat(64), account.getIdNumberIndex(), "the fingerprint is kept when asked");
        assertNull(account.getLanguage());
        assertEquals(Account.NO_PASSWORD, account.getPasswordHash());
        assertEquals(generation + 1, account.getSessionGeneration(), "sessions on every node end");
        assertTrue(account.isIdVerified(), "the decision outcome stays");
        assertEquals(NOW, account.getErasedAt());
    }

    @Test
    void withoutKeepingTheFingerprintNothingOfTheNumberStays() throws Exception {
        var account = account(43);
        account.erase(NOW, false);
        assertNull(account.getIdNumber());
        assertNull(account.getIdNumberIndex());
    }

    @Test
    void erasingTwiceChangesNothing() throws Exception {
        var account = account(44);
        account.erase(NOW, true);
        var generation = account.getSessionGeneration();
        account.erase(NOW.plusSeconds(60), false);
        assertEquals(NOW, account.getErasedAt());
        assertEquals(generation, account.getSessionGeneration());
        assertEquals("f".repeat(64), account.getIdNumberIndex());
    }

    @Test
    void signUpCannotProduceAnErasedName() {
        assertFalse(Account.isErasedName("somchai"));
        assertFalse(Account.isErasedName(null));
        assertFalse(io.trustmark.account.application.AccountService.validUsername("~42"));
    }

    @Test
    void aNewAccountDoesNotStartAtTheGenerationAnOldSessionOfTheSameNameCarries() throws Exception {
        // Two fresh accounts of one name: a session kept by the first (erased) never matches the second.
        assertNotEquals(account(1).getSessionGeneration(), account(2).getSessionGeneration());
    }
}
