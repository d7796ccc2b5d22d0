package io.trustmark.api.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000);

    private void advance(long amount, TimeUnit unit) {
        now.addAndGet(unit.toNanos(amount));
    }

    @Test
    void aFullBucketAllowsTheBurstThenRefusesWithTheWaitForTheNextToken() {
        var limiter = new RateLimiter(3, 10, now::get);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("a").allowed(), "request " + i);
        }
        var refused = limiter.acquire("a");
        assertFalse(refused.allowed());
        assertEquals(20, refused.retryAfterSeconds(), "3 per minute: one token every 20 s");
    }

    @Test
    void tokensComeBackEvenlyAndNeverAboveTheLimit() {
        var limiter = new RateLimiter(60, 10, now::get);
        for (int i = 0; i < 60; i++) {
            limiter.acquire("a");
        }
        assertFalse(limiter.acquire("a").allowed());
        advance(999, TimeUnit.MILLISECONDS);
        var almost = limiter.acquire("a");
        assertFalse(almost.allowed());
        assertEquals(1, almost.retryAfterSeconds(), "a partial second is rounded up, never 0");
        advance(1, TimeUnit.MILLISECONDS);
        assertTrue(limiter.acquire("a").allowed(), "one token per second");
        assertFalse(limiter.acquire("a").allowed());

        advance(365, TimeUnit.DAYS);
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.acquire("a").allowed(), "after a long idle time the bucket is full: " + i);
        }
        assertFalse(limiter.acquire("a").allowed(), "but not fuller than the limit");
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        var limiter = new RateLimiter(1, 10, now::get);
        assertTrue(limiter.acquire("a").allowed());
        assertFalse(limiter.acquire("a").allowed());
        assertTrue(limiter.acquire("b").allowed());
    }

    @Test
    void idleBucketsAreDroppedAndBusyOnesSendNewClientsToTheSharedOverflow() {
        var limiter = new RateLimiter(2, 2, now::get);
        limiter.acquire("a");
        limiter.acquire("b");
        assertEquals(2, limiter.clients());

        // a and b are still refilling: c must not add a third bucket.
        assertTrue(limiter.acquire("c").allowed());
        assertTrue(limiter.acquire("d").allowed(), "d shares the overflow bucket with c");
        assertFalse(limiter.acquire("e").allowed(), "the overflow bucket is spent");
        assertEquals(3, limiter.clients(), "a, b and the overflow bucket");

        advance(2, TimeUnit.MINUTES);
        assertTrue(limiter.acquire("f").allowed());
        assertEquals(1, limiter.clients(), "full buckets were dropped to make room for f");
    }

    @Test
    void refusesNonsenseLimits() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 10, now::get));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(10, 0, now::get));
    }
}
