package io.trustmark.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Writes audit records in the caller's transaction, so an action and its record stand or fall together. */
@ApplicationScoped
public class AuditLog {

    public static final String DOCUMENT_VIEWED = "DOCUMENT_VIEWED";
    public static final String DOCUMENT_RESEALED = "DOCUMENT_RESEALED";
    public static final String DOCUMENT_PURGED = "DOCUMENT_PURGED";
    public static final String REQUEST_APPROVED = "REQUEST_APPROVED";
    public static final String REQUEST_FIRST_APPROVAL = "REQUEST_FIRST_APPROVAL";
    public static final String REQUEST_MRZ_CHECKED = "REQUEST_MRZ_CHECKED";
    public static final String REQUEST_REJECTED = "REQUEST_REJECTED";
    public static final String REQUEST_SUBMITTED = "REQUEST_SUBMITTED";
    public static final String REQUEST_WITHDRAWN = "REQUEST_WITHDRAWN";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorId, String action, String subjectType, Long subjectId, String detail) {
        em.persist(new AuditEvent(Instant.now(clock), actorId, action, subjectType, subjectId, detail));
    }

    @Transactional
    public List<AuditEvent> forSubject(String subjectType, Long subjectId) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :t and e.subjectId = :i order by e.id",
                        AuditEvent.class)
                .setParameter("t", subjectType)
                .setParameter("i", subjectId)
                .getResultList();
    }
}
