package io.trustmark.api.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may spend {@code perMinute} requests at once and earns them
 * back evenly over a minute. Buckets live in this node's memory, so with several nodes behind a load
 * balancer a client gets up to this many per node; that keeps the limiter free of database writes on
 * the hot path, and the limit exists to stop scraping, not to meter.
 * <p>
 * Memory is bounded: when more than {@code maxClients} buckets exist, full (idle) ones are dropped, and
 * if every bucket is still in use, further new clients share one overflow bucket.
 * <pre>{@code
 * var limiter = new RateLimiter(60, 100_000, System::nanoTime);
 * var decision = limiter.acquire("ip:203.0.113.9");
 * if (!decision.allowed()) { respond 429 with "Retry-After: " + decision.retryAfterSeconds(); }
 * }</pre>
 */
public final class RateLimiter {

    static final String OVERFLOW = "overflow";
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, int maxClients, LongSupplier nanoTime) {
        if (perMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("perMinute and maxClients must be positive");
        }
        this.perMinute = perMinute;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
    }

    /** Whether the client may make a request now, and if not, when it may try again. */
    public record Decision(boolean allowed, long retryAfterSeconds) {}

    public Decision acquire(String client) {
        long now = nanoTime.getAsLong();
        var bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                buckets.values().removeIf(b -> b.fullAt(now));
            }
            var key = buckets.size() >= maxClients ? OVERFLOW : client;
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        }
        return bucket.take(now);
    }

    int clients() {
        return buckets.size();
    }

    /**
     * Counted in units of 1/60,000,000,000 token, so that refilling needs no floating point: a client
     * with a limit of n per minute earns exactly n units every nanosecond.
     */
    private static final class Bucket {

        private final long perNano;
        private final long capacity;
        private long units;
        private long updated;

        Bucket(int perMinute, long now) {
            this.perNano = perMinute;
            this.capacity = perMinute * MINUTE_NANOS;
            this.units = capacity;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (units >= MINUTE_NANOS) {
                units -= MINUTE_NANOS;
                return new Decision(true, 0);
            }
            long waitNanos = (MINUTE_NANOS - units + perNano - 1) / perNano;
            return new Decision(false, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return units >= capacity;
        }

        private void refill(long now) {
            long elapsed = Math.max(0, now - updated);
            long room = capacity - units;
            // Compared by division first: elapsed * perNano overflows after a long idle time.
            units = elapsed >= room / perNano + 1 ? capacity : Math.min(capacity, units + elapsed * perNano);
            updated = now;
        }
    }
}
