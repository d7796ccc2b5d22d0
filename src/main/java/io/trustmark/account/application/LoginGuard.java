package io.trustmark.account.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.KnownDevice;
import io.trustmark.account.domain.LoginThrottle;
import io.trustmark.account.domain.SignInThrottling;
import io.trustmark.account.domain.SignInThrottling.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing by the rules of {@link SignInThrottling}. Counters live in the database so
 * every node enforces the same limits. Each call is its own transaction: a failure is counted even though
 * the sign-in that caused it is refused.
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
    int perAccountAndPlace;

    @Inject
    @ConfigProperty(name = "trustmark.login.max-failures-per-account-anywhere", defaultValue = "20")
    int perAccountAnywhere;

    @Inject
    @ConfigProperty(name = "trustmark.login.max-failures-per-address", defaultValue = "20")
    int perAddress;

    @Inject
    @ConfigProperty(name = "trustmark.login.max-failures-admin", defaultValue = "3")
    int adminPerAddress;

    @Inject
    @ConfigProperty(name = "trustmark.login.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /**
     * How long this attempt must wait before it may be tried; zero when it may go ahead.
     *
     * @param deviceToken the token of the browser's known-device cookie, or null
     */
    public Duration waitFor(String login, String address, String deviceToken) {
        var now = Instant.now(clock);
        return rules().counters(attempt(login, address, deviceToken, now)).stream()
                .map(counter -> em.find(LoginThrottle.class, counter.key()))
                .filter(throttle -> throttle != null)
                .map(throttle -> throttle.waitAt(now))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    public void failed(String login, String address, String deviceToken) {
        var now = Instant.now(clock);
        for (var counter : rules().counters(attempt(login, address, deviceToken, now))) {
            ThrottleCounters.locked(em, counter.key(), now).fail(now, counter.backoff());
        }
    }

    /** Clears the counter of this account from this place; the wider counters fade by themselves. */
    public void succeeded(String login, String address, String deviceToken) {
        var now = Instant.now(clock);
        var own = rules().counters(attempt(login, address, deviceToken, now)).get(0);
        var throttle = em.find(LoginThrottle.class, own.key());
        if (throttle != null && !throttle.lockedAt(now)) {
            em.remove(throttle);
        }
    }

    /** Whole minutes, rounded up, as the sign-in page says it. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private SignInThrottling rules() {
        return new SignInThrottling(
                perAccountAndPlace, perAccountAnywhere, perAddress, adminPerAddress, Duration.ofMinutes(lockMinutes));
    }

    /**
     * One account key whichever way it is named: a login by e-mail address counts against the account's
     * username, so switching between the two gives no extra guesses. A name with no account is counted as
     * typed, like a member's, so the answers do not tell which names exist.
     */
    private Attempt attempt(String login, String address, String deviceToken, Instant now) {
        var typed = login == null ? "" : login.strip();
        var account = (typed.contains("@")
                        ? em.createQuery("select a from Account a where a.email = :n", Account.class)
                                .setParameter("n", Account.normalizeEmail(typed))
                        : em.createQuery("select a from Account a where a.username = :n", Account.class)
                                .setParameter("n", Account.normalizeUsername(typed)))
                .getResultStream()
                .findFirst();
        var name = account.map(Account::getUsername).orElse(Account.normalizeUsername(typed));
        var admin = account.map(Account::isAdmin).orElse(false);
        String knownDevice = null;
        if (deviceToken != null && account.isPresent()) {
            var hash = Tokens.sha256(deviceToken);
            var device = em.find(KnownDevice.class, hash);
            if (device != null && device.knownFor(account.get().getId(), now)) {
                knownDevice = hash;
            }
        }
        return new Attempt(name, admin, address == null ? "" : address, knownDevice);
    }
}
