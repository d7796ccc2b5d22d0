package io.trustmark.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, AuditAction action, AuditSubjectType subjectType, Long subjectId, String detail) {
        em.persist(new AuditEvent(Instant.now(clock), actorId, action.name(), subjectType.name(), subjectId, detail));
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
