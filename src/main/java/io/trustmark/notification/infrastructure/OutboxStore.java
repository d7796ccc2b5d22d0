package io.trustmark.notification.infrastructure;

import io.trustmark.notification.domain.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Outbox rows, each step in its own short transaction so that a slow SMTP server holds no locks. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxStore {

    /**
     * Claims one mail: a conditional {@code UPDATE}, atomic on PostgreSQL and H2, so of two nodes (or two runs)
     * claiming the same row at once exactly one changes it and sends the mail; the other changes nothing. A claim
     * runs out after its lease, so a mail whose sender died is sent later by another run.
     */
    static final String CLAIM = "UPDATE outbox_mail SET claimed_until = ?1 WHERE id = ?2 AND sent_at IS NULL"
            + " AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until < ?3)";

    @PersistenceContext
    EntityManager em;

    public List<Long> due(Instant now, int limit) {
        return em.createQuery("""
                        select m.id from OutboxMail m
                        where m.sentAt is null and m.failedAt is null and m.nextAttemptAt <= :now
                          and (m.claimedUntil is null or m.claimedUntil < :now)
                        order by m.id""", Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Claims a mail for this run; empty when another run or node got there first. */
    public Optional<OutboxMail> claim(Long id, Instant now, Duration lease) {
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, now.plus(lease).atOffset(ZoneOffset.UTC))
                .setParameter(2, id)
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return claimed == 1 ? Optional.of(em.find(OutboxMail.class, id)) : Optional.empty();
    }

    public void markSent(Long id, Instant now) {
        em.find(OutboxMail.class, id).markSent(now);
    }

    public void markFailed(Long id, String error, Instant now, int maxAttempts) {
        em.find(OutboxMail.class, id).markFailed(error, now, maxAttempts);
    }

    public List<OutboxMail> recent(int limit) {
        return em.createQuery("select m from OutboxMail m order by m.id desc", OutboxMail.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
