package io.trustmark.review.application;

import io.trustmark.account.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the audit trail for the admin page, newest first, a page at a time in the database. There is
 * deliberately nothing here (or anywhere in the application) that changes or deletes a record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public List<AuditRow> page(AuditQuery query, int first, int max) {
        return where(query, """
                select new io.trustmark.review.application.AuditRow(e.id, e.occurredAt, a.username, e.action, e.subjectType,
                    e.subjectId, e.detail)
                from AuditEvent e left join Account a on a.id = e.actorId""", " order by e.occurredAt desc, e.id desc", AuditRow.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(AuditQuery query) {
        return where(query, "select count(e) from AuditEvent e", "", Long.class).getSingleResult();
    }

    /** The actions that occur in the trail, for the filter's choices. */
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> where(AuditQuery query, String select, String order, Class<T> type) {
        var conditions = new ArrayList<String>();
        if (query.actor() != null) {
            conditions.add("e.actorId = (select x.id from Account x where x.username = :actor)");
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
        }
        if (query.subjectType() != null) {
            conditions.add("e.subjectType = :subjectType");
        }
        if (query.subjectId() != null) {
            conditions.add("e.subjectId = :subjectId");
        }
        if (query.from() != null) {
            conditions.add("e.occurredAt >= :from");
        }
        if (query.to() != null) {
            conditions.add("e.occurredAt < :to");
        }
        var jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + order;
        var typed = em.createQuery(jpql, type);
        if (query.actor() != null) {
            typed.setParameter("actor", Account.normalizeUsername(query.actor()));
        }
        if (query.action() != null) {
            typed.setParameter("action", query.action());
        }
        if (query.subjectType() != null) {
            typed.setParameter("subjectType", query.subjectType());
        }
        if (query.subjectId() != null) {
            typed.setParameter("subjectId", query.subjectId());
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.to() != null) {
            typed.setParameter("to", query.to());
        }
        return typed;
    }
}
