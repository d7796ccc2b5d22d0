package io.trustmark.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.SignInThrottling.Attempt;
import io.trustmark.account.domain.SignInThrottling.Counter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finding 10: failures from elsewhere must not refuse the right password from a known device, and nobody
 * can lock an admin out from outside. Simulated with the real counters: an attacker fails many times, then
 * the owner tries.
 */
class SignInThrottlingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final SignInThrottling RULES = new SignInThrottling(5, 20, 20, 3, Duration.ofMinutes(15));

    private final java.util.Map<String, LoginThrottle> table = new java.util.HashMap<>();

    @Test
    void aMemberFromAnUnknownDeviceIsCountedByAccountAndAddressByAccountAndByAddress() {
        var keys = RULES.counters(new Attempt("somchai", false, "192.0.2.1", null)).stream()
                .map(Counter::key)
                .toList();
        assertEquals(List.of("account:somchai@192.0.2.1", "account:somchai", "address:192.0.2.1"), keys);
    }

    @Test
    void aKnownDeviceHasOnlyItsOwnCounter() {
        var counters = RULES.counters(new Attempt("somchai", false, "192.0.2.1", "abc"));
        assertEquals(
                List.of("device:abc:somchai"),
                counters.stream().map(Counter::key).toList());
        assertEquals(5, counters.get(0).backoff().freeFailures());
    }

    @Test
    void anAdminHasOnlyAStricterCounterPerAddressAndNoAccountWideOne() {
        var counters = RULES.counters(new Attempt("admin", true, "192.0.2.1", null));
        assertEquals(
                List.of("admin:admin@192.0.2.1"),
                counters.stream().map(Counter::key).toList());
        assertEquals(3, counters.get(0).backoff().freeFailures());
        assertTrue(counters.get(0).backoff().freeFailures() < RULES.perAccountAndPlace());
    }

    @Test
    void failuresFromManyAddressesDoNotRefuseTheMemberOnTheirKnownDevice() {
        for (int i = 0; i < 100; i++) {
            fail(new Attempt("somchai", false, "198.51.100." + i, null));
        }
        assertTrue(waits(new Attempt("somchai", false, "198.51.100.200", null)), "guessing from anywhere slows");
        assertEquals(Duration.ZERO, waitFor(new Attempt("somchai", false, "192.0.2.7", "known")));
    }

    @Test
    void failuresFromTheMembersOwnAddressDoNotRefuseTheirKnownDeviceEither() {
        for (int i = 0; i < 30; i++) {
            fail(new Attempt("somchai", false, "192.0.2.7", null));
        }
        assertTrue(waits(new Attempt("somchai", false, "192.0.2.7", null)));
        assertEquals(Duration.ZERO, waitFor(new Attempt("somchai", false, "192.0.2.7", "known")));
    }

    @Test
    void nobodyLocksAnAdminOutFromOutside() {
        for (int i = 0; i < 100; i++) {
            for (int guess = 0; guess < 3; guess++) {
                fail(new Attempt("admin", true, "198.51.100." + i, null));
            }
        }
        assertTrue(waits(new Attempt("admin", true, "198.51.100.1", null)), "the guessing addresses wait");
        assertEquals(
                Duration.ZERO, waitFor(new Attempt("admin", true, "192.0.2.7", null)), "the admin's office does not");
    }

    @Test
    void anAdminGuessedFromOneAddressWaitsAfterThreeFailures() {
        var attempt = new Attempt("admin", true, "198.51.100.1", null);
        fail(attempt);
        fail(attempt);
        assertEquals(Duration.ZERO, waitFor(attempt));
        fail(attempt);
        assertEquals(Duration.ofMinutes(1), waitFor(attempt));
    }

    private void fail(Attempt attempt) {
        for (var counter : RULES.counters(attempt)) {
            table.computeIfAbsent(counter.key(), key -> new LoginThrottle(key, NOW))
                    .fail(NOW, counter.backoff());
        }
    }

    private Duration waitFor(Attempt attempt) {
        return RULES.counters(attempt).stream()
                .map(counter -> table.get(counter.key()))
                .filter(throttle -> throttle != null)
                .map(throttle -> throttle.waitAt(NOW))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    private boolean waits(Attempt attempt) {
        return !waitFor(attempt).isZero();
    }
}
