package io.trustmark.account.domain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Which failure counters a sign-in attempt is checked against (and, when it fails, counted in). The aim:
 * guessing is slow from anywhere, yet nobody can shut a member out by failing on purpose from elsewhere.
 * <ul>
 * <li>From a <b>known device</b> (a browser this account signed in from before): only that device's own
 * counter. Failures from anywhere else never refuse it.</li>
 * <li>An <b>admin</b> from an unknown device: only the admin's counter for that address, with fewer free
 * failures; there is no account-wide counter, so nobody can keep the review queue shut from outside.</li>
 * <li>A <b>member</b> (or a name with no account, answered alike) from an unknown device: the account from
 * that address, the account from every address (a guess spread over many addresses), and the address for
 * all accounts (one address trying many accounts).</li>
 * </ul>
 */
public record SignInThrottling(
        int perAccountAndPlace, int perAccountAnywhere, int perAddress, int adminPerAddress, Duration longestDelay) {

    /** One counter: its key in the {@code login_throttle} table and how it slows down. */
    public record Counter(String key, Backoff backoff) {}

    /** Who tries to sign in, as far as the attempt tells. */
    public record Attempt(String account, boolean admin, String address, String knownDeviceHash) {

        public Attempt {
            Objects.requireNonNull(account);
            Objects.requireNonNull(address);
        }
    }

    /** The counters for {@code attempt}; the first is its own place's, which a success clears. */
    public List<Counter> counters(Attempt attempt) {
        if (attempt.knownDeviceHash() != null) {
            return List.of(new Counter(
                    "device:" + attempt.knownDeviceHash() + ":" + attempt.account(), backoff(perAccountAndPlace)));
        }
        if (attempt.admin()) {
            return List.of(
                    new Counter("admin:" + attempt.account() + "@" + attempt.address(), backoff(adminPerAddress)));
        }
        return List.of(
                new Counter("account:" + attempt.account() + "@" + attempt.address(), backoff(perAccountAndPlace)),
                new Counter("account:" + attempt.account(), backoff(perAccountAnywhere)),
                new Counter("address:" + attempt.address(), backoff(perAddress)));
    }

    private Backoff backoff(int freeFailures) {
        return new Backoff(freeFailures, longestDelay);
    }
}
