package io.trustmark.review.infrastructure;

import io.trustmark.review.domain.ReviewClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The claim table's conditional writes. Each one is a single statement whose WHERE clause states who may
 * win, so two admins racing for a request are sorted out by the database's row lock and primary key.
 * Callers run them in their own transaction.
 */
@ApplicationScoped
public class ClaimStore {

    @PersistenceContext
    EntityManager em;

    public Optional<ReviewClaim> find(Long requestId) {
        return Optional.ofNullable(em.find(ReviewClaim.class, requestId));
    }

    /** Extends the admin's own live claim; false when they hold none. */
    public boolean renew(Long requestId, Long adminId, Instant now, Instant until) {
        return em.createQuery("""
                        update ReviewClaim c set c.expiresAt = :until
                        where c.requestId = :r and c.adminId = :a and c.expiresAt > :now""")
                        .setParameter("until", until)
                        .setParameter("r", requestId)
                        .setParameter("a", adminId)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** Takes a claim that has expired (anyone's); false when there is none or it is still live. */
    public boolean replaceExpired(Long requestId, Long adminId, Instant now, Instant until) {
        return em.createQuery("""
                        update ReviewClaim c set c.adminId = :a, c.claimedAt = :now, c.expiresAt = :until
                        where c.requestId = :r and c.expiresAt <= :now""")
                        .setParameter("a", adminId)
                        .setParameter("now", now)
                        .setParameter("until", until)
                        .setParameter("r", requestId)
                        .executeUpdate()
                == 1;
    }

    /** Claims an unclaimed request; false when a row exists already (someone else was first). */
    public boolean insert(Long requestId, Long adminId, Instant now, Instant until) {
        return em.createNativeQuery("""
                        INSERT INTO review_claim (request_id, admin_id, claimed_at, expires_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT DO NOTHING""")
                        .setParameter(1, requestId)
                        .setParameter(2, adminId)
                        .setParameter(3, now.atOffset(ZoneOffset.UTC))
                        .setParameter(4, until.atOffset(ZoneOffset.UTC))
                        .executeUpdate()
                == 1;
    }

    /** Moves a live claim from {@code from} to {@code to}; false when {@code from} no longer holds it. */
    public boolean transfer(Long requestId, Long from, Long to, Instant now, Instant until) {
        return em.createQuery("""
                        update ReviewClaim c set c.adminId = :to, c.claimedAt = :now, c.expiresAt = :until
                        where c.requestId = :r and c.adminId = :from""")
                        .setParameter("to", to)
                        .setParameter("now", now)
                        .setParameter("until", until)
                        .setParameter("r", requestId)
                        .setParameter("from", from)
                        .executeUpdate()
                == 1;
    }

    /** Ends the admin's claim; false when they held none. */
    public boolean release(Long requestId, Long adminId) {
        return em.createQuery("delete from ReviewClaim c where c.requestId = :r and c.adminId = :a")
                        .setParameter("r", requestId)
                        .setParameter("a", adminId)
                        .executeUpdate()
                == 1;
    }

    /** A decided request needs no claim any more. */
    public void clear(Long requestId) {
        em.createQuery("delete from ReviewClaim c where c.requestId = :r")
                .setParameter("r", requestId)
                .executeUpdate();
    }
}
