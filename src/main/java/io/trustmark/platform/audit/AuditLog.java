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

    /** @deprecated document's names, until it records {@code DocumentAudit} values; do not add to these. */
    @Deprecated(forRemoval = true)
    public static final String DOCUMENT_VIEWED = "DOCUMENT_VIEWED";
    /** @deprecated see {@link #DOCUMENT_VIEWED} */
    @Deprecated(forRemoval = true)
    public static final String DOCUMENT_RESEALED = "DOCUMENT_RESEALED";
    /** @deprecated see {@link #DOCUMENT_VIEWED} */
    @Deprecated(forRemoval = true)
    public static final String DOCUMENT_PURGED = "DOCUMENT_PURGED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, AuditAction action, AuditSubjectType subjectType, Long subjectId, String detail) {
        em.persist(new AuditEvent(Instant.now(clock), actorId, action.name(), subjectType.name(), subjectId, detail));
    }

    /** @deprecated raw names, for the document feature until it records {@code DocumentAudit} values. */
    @Deprecated(forRemoval = true)
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, String action, String subjectType, Long subjectId, String detail) {
        em.persist(new AuditEvent(Instant.now(clock), actorId, action, subjectType, subjectId, detail));
    }

    @Transactional
    public List<AuditEvent> forSubject(AuditSubjectType subjectType, Long subjectId) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :t and e.subjectId = :i order by e.id",
                        AuditEvent.class)
                .setParameter("t", subjectType.name())
                .setParameter("i", subjectId)
                .getResultList();
    }
}
