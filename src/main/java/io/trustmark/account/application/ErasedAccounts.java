package io.trustmark.account.application;

import io.trustmark.account.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The account's side of erasure (PDPA s.33): the row becomes a tombstone ({@link Account#erase}) and everything the
 * sign-in kept about it goes: confirmation and reset tokens, known browsers, failed-sign-in counters (their keys
 * name the typed username or address and the network address). Later the kept fingerprint of the ID number is
 * emptied ({@link #forgetIdFingerprints}). The privacy feature runs the whole erasure; this is the part that
 * belongs to accounts.
 */
@ApplicationScoped
public class ErasedAccounts {

    /** Tables that hold only the account's own sign-in data. */
    private static final List<String> OWN_ROWS = List.of("email_confirmation", "password_reset", "known_device");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Makes the account a tombstone in the caller's transaction; the sessions of every node end with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Account account, boolean keepIdFingerprint) {
        var logins = List.of(account.getUsername(), account.getEmail());
        for (var table : OWN_ROWS) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?")
                    .setParameter(1, account.getId())
                    .executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<String> keys =
                em.createNativeQuery("SELECT throttle_key FROM login_throttle").getResultList();
        for (var key : keys) {
            if (namesLogin(key, logins)) {
                em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?")
                        .setParameter(1, key)
                        .executeUpdate();
            }
        }
        account.erase(Instant.now(clock), keepIdFingerprint);
    }

    /**
     * Whether a sign-in counter's key ({@code account:<login>}, {@code account:<login>@<address>},
     * {@code device:<hash>:<login>}) is about one of {@code logins}: compared whole, so a longer name that merely
     * begins with the same letters keeps its counter.
     */
    static boolean namesLogin(String key, List<String> logins) {
        var lower = key.toLowerCase(Locale.ROOT);
        for (var login : logins) {
            var name = login.toLowerCase(Locale.ROOT);
            if (lower.equals("account:" + name)
                    || lower.startsWith("account:" + name + "@")
                    || (lower.startsWith("device:") && lower.endsWith(":" + name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Empties the kept fingerprint of accounts erased before {@code cutoff}: from then on the number may sign up
     * again. Returns how many; idempotent, so every node may run it.
     */
    @Transactional
    public int forgetIdFingerprints(Instant cutoff) {
        return em.createNativeQuery("UPDATE account SET id_number_index = NULL, version = version + 1"
                        + " WHERE erased_at IS NOT NULL AND erased_at < ? AND id_number_index IS NOT NULL")
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
