package io.trustmark.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes audit records in the caller's transaction, so an action and its record stand or fall together.
 * The actions and subject types belong to the features ({@link AuditAction}, {@link AuditSubjectType}).
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Appends a row to the hash chain. The chain's head row is locked first, so appends from every node and thread
     * form one sequence: the lock is held to the end of the caller's transaction, which serialises the transactions
     * that write audit rows from this point on (a rolled-back one leaves the head as it was). The time is cut to
     * microseconds, what both databases store, so the hash computed here is the one a later check recomputes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, AuditAction action, AuditSubjectType subjectType, Long subjectId, String detail) {
        var head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        var event = new AuditEvent(
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                actorId,
                action.name(),
                subjectType.name(),
                subjectId,
                detail);
        em.persist(event);
        var position = head.getPosition() + 1;
        event.chain(position, head.getLastHash());
        head.advance(position, event.getRowHash());
    }

    @Transactional
    public List<AuditEvent> forSubject(AuditSubjectType subjectType, Long subjectId) {
        return em.createQuery(
                        "select e from AuditEvent e where e.subjectType = :t and e.subjectId = :i order by e.id",
                        AuditEvent.class)
                .setParameter("t", subjectType.name())
                .setParameter("i", subjectId)
                .getResultList();
    }
}
