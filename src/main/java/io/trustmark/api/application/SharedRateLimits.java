package io.trustmark.api.application;

import io.trustmark.api.domain.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The API's token buckets kept in the database, so that every node behind the proxy counts a client's requests
 * together: with two nodes a client gets its limit once, not twice. Kept in the database rather than in Payara's
 * Hazelcast grid because the database is there in every way the application runs (one node on H2, the test suite
 * without a cluster, several nodes on PostgreSQL), and a bucket is three short statements on one row, locked only
 * for the instant of the take; the limit is per minute, so one round trip per API call is cheap. The arithmetic is
 * {@link RateLimiter#take}.
 * <p>
 * Idle buckets are full buckets: a bucket left alone for two minutes is deleted now and then, which is the same to
 * its client as keeping it, so the table holds only the clients of the last minutes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SharedRateLimits {

    /** Creates a full bucket if nobody has; {@code ON CONFLICT DO NOTHING} as in account's ThrottleCounters. */
    static final String CREATE_IF_ABSENT = "INSERT INTO api_rate_bucket (client_key, units, refilled_ms)"
            + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING";

    /** Locks the bucket until the take is stored: two nodes taking at once take one after the other. */
    static final String LOCK = "SELECT units, refilled_ms FROM api_rate_bucket WHERE client_key = ?1 FOR UPDATE";

    static final String STORE = "UPDATE api_rate_bucket SET units = ?1, refilled_ms = ?2 WHERE client_key = ?3";

    static final String FORGET_IDLE = "DELETE FROM api_rate_bucket WHERE refilled_ms < ?1";

    private static final long IDLE_MS = 120_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** One request of {@code client} (an address, or a key's hash: never a key itself) under a limit per minute. */
    public RateLimiter.Decision acquire(String name, int perMinute) {
        var client = name.length() > 200 ? name.substring(0, 200) : name;
        long now = clock.millis();
        if (ThreadLocalRandom.current().nextInt(512) == 0) {
            em.createNativeQuery(FORGET_IDLE).setParameter(1, now - IDLE_MS).executeUpdate();
        }
        em.createNativeQuery(CREATE_IF_ABSENT)
                .setParameter(1, client)
                .setParameter(2, RateLimiter.fullUnits(perMinute))
                .setParameter(3, now)
                .executeUpdate();
        var row = (Object[]) em.createNativeQuery(LOCK).setParameter(1, client).getSingleResult();
        long units = ((Number) row[0]).longValue();
        long refilled = ((Number) row[1]).longValue();
        var taken = RateLimiter.take(perMinute, units, (now - refilled) * 1_000_000L);
        em.createNativeQuery(STORE)
                .setParameter(1, taken.units())
                .setParameter(2, Math.max(now, refilled))
                .setParameter(3, client)
                .executeUpdate();
        return taken.decision();
    }
}
