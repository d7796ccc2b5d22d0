package io.trustmark.api.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may spend {@code perMinute} requests at once and earns them
 * back evenly over a minute. The arithmetic of one take is {@link #take(int, long, long)}, the same for the
 * buckets every node shares in the database ({@code api.application.SharedRateLimits}) and for the buckets an
 * instance of this class keeps in this node's memory, which decide only while the database cannot.
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

    /** A bucket's units after one take, and the decision. */
    public record Taken(Decision decision, long units) {}

    /** The units a client with {@code perMinute} starts with: a full bucket. */
    public static long fullUnits(int perMinute) {
        return perMinute * MINUTE_NANOS;
    }

    /**
     * One request from a bucket holding {@code units} that has been refilling for {@code elapsedNanos} since it was
     * last taken from (or created); pure, so a bucket may be kept anywhere.
     */
    public static Taken take(int perMinute, long units, long elapsedNanos) {
        long perNano = perMinute;
        long capacity = fullUnits(perMinute);
        long elapsed = Math.max(0, elapsedNanos);
        long room = Math.max(0, capacity - units);
        // Compared by division first: elapsed * perNano overflows after a long idle time.
        long refilled = elapsed >= room / perNano + 1 ? capacity : Math.min(capacity, units + elapsed * perNano);
        if (refilled >= MINUTE_NANOS) {
            return new Taken(new Decision(true, 0), refilled - MINUTE_NANOS);
        }
        long waitNanos = (MINUTE_NANOS - refilled + perNano - 1) / perNano;
        return new Taken(new Decision(false, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L)), refilled);
    }

    int clients() {
        return buckets.size();
    }

    /**
     * Counted in units of 1/60,000,000,000 token, so that refilling needs no floating point: a client
     * with a limit of n per minute earns exactly n units every nanosecond.
     */
    private static final class Bucket {

        private final int perMinute;
        private long units;
        private long updated;

        Bucket(int perMinute, long now) {
            this.perMinute = perMinute;
            this.units = fullUnits(perMinute);
            this.updated = now;
        }

        synchronized Decision take(long now) {
            var taken = RateLimiter.take(perMinute, units, now - updated);
            units = taken.units();
            updated = now;
            return taken.decision();
        }

        synchronized boolean fullAt(long now) {
            long elapsed = Math.max(0, now - updated);
            long room = fullUnits(perMinute) - units;
            return room <= 0 || elapsed >= room / perMinute + 1;
        }
    }
}
