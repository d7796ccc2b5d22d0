package io.trustmark.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Lets a scheduled job run once per interval across every node on the database: each node's timer still fires,
 * and the one that takes the job's lease runs it while the others skip. The lease is taken by a conditional
 * {@code UPDATE} (atomic on PostgreSQL and H2: of two nodes at the same moment, one changes the row and the other
 * then finds it held) and is never released early: it lasts the interval, so a node killed half-way through a run
 * blocks the job for one interval at most. Jobs that must run on every node (none yet) do not ask.
 * <pre>{@code
 * if (lease.claim("retention", Duration.ofHours(1))) { run(); }
 * }</pre>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JobLease {

    /** Creates the job's row, free, if no node has yet; {@code ON CONFLICT DO NOTHING} as in ThrottleCounters. */
    static final String CREATE_IF_ABSENT =
            "INSERT INTO job_lease (job_name, holder, held_until) VALUES (?1, '', ?2) ON CONFLICT DO NOTHING";

    /** Takes the lease if it has run out; 1 row changed means this node holds it now. */
    static final String TAKE =
            "UPDATE job_lease SET holder = ?1, held_until = ?2 WHERE job_name = ?3" + " AND held_until <= ?4";

    /** This node's name in the lease row, for an operator asking who ran a job: host, process, and this start. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this node may run {@code job} now; if so, no other node may until {@code length} has passed. */
    public boolean claim(String job, Duration length) {
        var now = Instant.now(clock);
        em.createNativeQuery(CREATE_IF_ABSENT)
                .setParameter(1, job)
                .setParameter(2, Instant.EPOCH.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return em.createNativeQuery(TAKE)
                        .setParameter(1, NODE)
                        .setParameter(2, now.plus(length).atOffset(ZoneOffset.UTC))
                        .setParameter(3, job)
                        .setParameter(4, now.atOffset(ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }
}
