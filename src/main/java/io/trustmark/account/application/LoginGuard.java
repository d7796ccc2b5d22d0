package io.trustmark.account.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing per account and per client address. Counters live in the database so
 * every node enforces the same limits.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginGuard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.login.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "trustmark.login.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "trustmark.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public boolean locked(String username, String address) {
        var now = Instant.now(clock);
        return Stream.of(accountKey(username), addressKey(address))
                .map(key -> em.find(LoginThrottle.class, key))
                .anyMatch(t -> t != null && t.lockedAt(now));
    }

    public void failed(String username, String address) {
        var now = Instant.now(clock);
        var lock = Duration.ofMinutes(lockMinutes);
        counter(accountKey(username), now).fail(now, maxPerAccount, lock);
        counter(addressKey(address), now).fail(now, maxPerAddress, lock);
    }

    public void succeeded(String username) {
        var throttle = em.find(LoginThrottle.class, accountKey(username));
        if (throttle != null && !throttle.lockedAt(Instant.now(clock))) {
            em.remove(throttle);
        }
    }

    public int lockMinutes() {
        return lockMinutes;
    }

    private LoginThrottle counter(String key, Instant now) {
        var throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        return throttle;
    }

    /**
     * One key per account, whichever way it is named: a login by e-mail address counts against (and is
     * locked with) the account's username, so switching between the two gives no extra guesses.
     */
    private String accountKey(String login) {
        var typed = login == null ? "" : login.strip();
        if (typed.contains("@")) {
            var username = em.createQuery("select a.username from Account a where a.email = :e", String.class)
                    .setParameter("e", Account.normalizeEmail(typed))
                    .getResultStream()
                    .findFirst();
            if (username.isPresent()) {
                return "account:" + username.get();
            }
        }
        return "account:" + Account.normalizeUsername(typed);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
