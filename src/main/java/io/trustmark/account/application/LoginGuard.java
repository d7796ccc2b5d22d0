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

    private static String accountKey(String username) {
        return "account:" + Account.normalizeUsername(username == null ? "" : username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
