package io.trustmark.platform.operations;

import io.trustmark.membership.domain.RequestStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the {@link OperationsSnapshot} for metrics and health. A scrape asks for several gauges one
 * after the other, and several probes may come at once; a snapshot younger than {@link #FRESH} is
 * reused so that they cost three small queries together, not three each.
 */
@ApplicationScoped
public class OperationsQueries {

    static final Duration FRESH = Duration.ofSeconds(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final AtomicReference<OperationsSnapshot> last = new AtomicReference<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public OperationsSnapshot snapshot() {
        var now = Instant.now(clock);
        var cached = last.get();
        if (cached != null && cached.takenAt().plus(FRESH).isAfter(now)) {
            return cached;
        }
        var fresh = read(now);
        last.set(fresh);
        return fresh;
    }

    private OperationsSnapshot read(Instant now) {
        var byStatus = new EnumMap<RequestStatus, Long>(RequestStatus.class);
        for (var status : RequestStatus.values()) {
            byStatus.put(status, 0L);
        }
        em.createQuery("select r.status, count(r) from VerificationRequest r group by r.status", Object[].class)
                .getResultList()
                .forEach(row -> byStatus.put((RequestStatus) row[0], (Long) row[1]));
        var open = Arrays.stream(RequestStatus.values()).filter(RequestStatus::open).toList();
        var oldest = em.createQuery("""
                        select r.submittedAt from VerificationRequest r
                        where r.status in :open order by r.submittedAt""", Instant.class)
                .setParameter("open", open)
                .setMaxResults(1)
                .getResultStream().findFirst();
        var backlog = em.createQuery(
                        "select count(m) from OutboxMail m where m.sentAt is null and m.failedAt is null", Long.class)
                .getSingleResult();
        return new OperationsSnapshot(now, byStatus, oldest, backlog);
    }
}
