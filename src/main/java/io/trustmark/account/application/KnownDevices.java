package io.trustmark.account.application;

import io.trustmark.account.domain.KnownDevice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers the browsers an account signed in from (or reset its password from), by a random token in a
 * cookie; the {@link LoginGuard} lets a known browser in whatever failures come from elsewhere.
 */
@ApplicationScoped
public class KnownDevices {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.login.known-device-days", defaultValue = "90")
    int days;

    @Inject
    @ConfigProperty(name = "trustmark.login.known-device-purge-days", defaultValue = "7")
    int purgeDays;

    /**
     * Marks this browser as known to {@code username}'s account.
     *
     * @param presentedToken the token the browser's cookie holds, or null
     * @return the token the cookie must hold from now on (the presented one when it already belonged to the
     *     account; a new one otherwise)
     */
    @Transactional
    public String remember(String username, String presentedToken) {
        var account = accounts.byUsername(username).orElseThrow();
        var now = Instant.now(clock);
        var expiry = now.plus(Duration.ofDays(days));
        if (presentedToken != null) {
            var device = em.find(KnownDevice.class, Tokens.sha256(presentedToken));
            if (device != null && device.knownFor(account.getId(), now)) {
                device.extendTo(expiry);
                return presentedToken;
            }
        }
        var token = Tokens.random();
        em.persist(new KnownDevice(Tokens.sha256(token), account, now, expiry));
        return token;
    }

    /** How long the cookie is kept, in seconds. */
    public int cookieSeconds() {
        return (int) Duration.ofDays(days).toSeconds();
    }

    /**
     * Deletes the browsers that stopped being known more than {@code known-device-purge-days} ago (no sign-in
     * for that long): such a row does nothing any more, and it ties a browser to an account, which is personal
     * data kept without a purpose (PDPA s.37(3)). Called by the retention job.
     *
     * @return how many were deleted
     */
    @Transactional
    public int deleteLongExpired() {
        return em.createQuery("delete from KnownDevice d where d.expiresAt < :cutoff")
                .setParameter("cutoff", Instant.now(clock).minus(Duration.ofDays(purgeDays)))
                .executeUpdate();
    }
}
