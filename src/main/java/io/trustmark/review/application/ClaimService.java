package io.trustmark.review.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.domain.Account;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.review.infrastructure.ClaimStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who is working on which request. Starting the review of a request (a POST, never opening the page)
 * claims it for a while, so two reviewers do not work on the same card; another admin sees who holds it and
 * may take it over explicitly. The claim table's primary key makes sure that of two admins opening a request at the same
 * moment, exactly one gets it.
 */
@ApplicationScoped
public class ClaimService {

    /** How many candidates "next request" tries when others are grabbing the same oldest requests. */
    private static final int NEXT_CANDIDATES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimTransaction attempt;

    @Inject
    ClaimStore store;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    /** Claims (or renews the admin's claim on) an open request and tells who holds it afterwards. */
    public ClaimView claim(Long requestId, String adminUsername) {
        var admin = admin(adminUsername);
        try {
            attempt.claim(requestId, admin.getId());
        } catch (PersistenceException | TransactionalException lostRace) {
            // The other admin's row won the primary key; the view below names them.
        }
        return current(requestId, adminUsername);
    }

    /** Takes the request from {@code holderId}, the admin this one saw holding it; a changed holder is not overridden. */
    public ClaimView takeOver(Long requestId, String adminUsername, Long holderId) {
        var admin = admin(adminUsername);
        var holder = accounts.get(holderId);
        if (holder != null) {
            try {
                attempt.takeOver(requestId, admin.getId(), holderId, holder.getUsername());
            } catch (PersistenceException | TransactionalException lostRace) {
                // Someone else moved it first; report what stands.
            }
        }
        var view = current(requestId, adminUsername);
        return view.outcome() == ClaimView.Outcome.FREE ? claim(requestId, adminUsername) : view;
    }

    public boolean release(Long requestId, String adminUsername) {
        return attempt.release(requestId, admin(adminUsername).getId());
    }

    /** The oldest open request nobody holds, now claimed by this admin; empty when there is none. */
    public Optional<Long> next(String adminUsername) {
        var admin = admin(adminUsername);
        for (int round = 0; round < 3; round++) {
            var candidates = unclaimedOldest();
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (var id : candidates) {
                if (claim(id, admin.getUsername()).mine()) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClaimView current(Long requestId, String adminUsername) {
        var request = em.find(VerificationRequest.class, requestId);
        if (request == null || !request.getStatus().open()) {
            return ClaimView.CLOSED_VIEW;
        }
        var now = Instant.now(clock);
        var claim = store.find(requestId).filter(c -> c.liveAt(now));
        if (claim.isEmpty()) {
            return ClaimView.FREE_VIEW;
        }
        var holder = accounts.get(claim.get().getAdminId());
        var mine = holder.getUsername().equals(Account.normalizeUsername(adminUsername));
        return new ClaimView(
                mine ? ClaimView.Outcome.MINE : ClaimView.Outcome.HELD,
                holder.getId(),
                holder.getUsername(),
                claim.get().getExpiresAt());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<Long> unclaimedOldest() {
        return em.createQuery("""
                        select r.id from VerificationRequest r
                        where r.status = :open
                          and not exists (select c from ReviewClaim c where c.requestId = r.id and c.expiresAt > :now)
                        order by r.submittedAt, r.id""", Long.class)
                .setParameter("open", RequestStatus.SUBMITTED)
                .setParameter("now", Instant.now(clock))
                .setMaxResults(NEXT_CANDIDATES)
                .getResultList();
    }

    private Account admin(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new IllegalStateException("No admin " + username));
    }
}
