package io.trustmark.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Housekeeping under the PDPA (collect only what is needed, keep it no longer than needed): a sign-up whose
 * address was never confirmed within {@code trustmark.account.unconfirmed-days} is deleted with its ID number,
 * address and tokens. Only sign-ups that left nothing else behind (no request, consent, post, document or audit
 * record as actor) go; the retention job runs this on every node, and deleting twice does no harm.
 */
@ApplicationScoped
public class UnconfirmedSignUps {

    /** Tables that hold only the account's own sign-up data, deleted with it. */
    private static final List<String> OWN_ROWS = List.of("email_confirmation", "password_reset", "known_device");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.account.unconfirmed-days", defaultValue = "7")
    int days;

    /** Deletes up to {@code max} unconfirmed sign-ups older than the configured time; returns how many. */
    @Transactional
    public int deleteExpired(int max) {
        var cutoff = Instant.now(clock).minus(Duration.ofDays(days)).atOffset(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        SELECT a.id FROM account a
                        WHERE a.email_confirmed_at IS NULL AND a.created_at < ? AND a.role = 'MEMBER'
                          AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.actor_id = a.id)
                          AND NOT EXISTS (SELECT 1 FROM verification_request r WHERE r.account_id = a.id)
                          AND NOT EXISTS (SELECT 1 FROM consent c WHERE c.account_id = a.id)
                          AND NOT EXISTS (SELECT 1 FROM stored_document d WHERE d.owner_id = a.id)
                          AND NOT EXISTS (SELECT 1 FROM document_handoff h WHERE h.owner_id = a.id)
                          AND NOT EXISTS (SELECT 1 FROM forum_thread t WHERE t.author_id = a.id)
                          AND NOT EXISTS (SELECT 1 FROM post p WHERE p.author_id = a.id)
                        ORDER BY a.id""")
                .setParameter(1, cutoff)
                .setMaxResults(max)
                .getResultList();
        for (var id : ids) {
            for (var table : OWN_ROWS) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?")
                        .setParameter(1, id.longValue())
                        .executeUpdate();
            }
            em.createNativeQuery("DELETE FROM account WHERE id = ?")
                    .setParameter(1, id.longValue())
                    .executeUpdate();
        }
        return ids.size();
    }
}
