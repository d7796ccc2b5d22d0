package io.trustmark.account.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Backoff;
import io.trustmark.account.domain.PasswordPolicy;
import io.trustmark.account.domain.PasswordReset;
import io.trustmark.account.infrastructure.PasswordHasher;
import io.trustmark.notification.application.Mailer;
import io.trustmark.platform.domain.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Forgot your password?": a single-use, short-lived link by mail, then a new password by the same
 * {@link PasswordPolicy} as at sign-up. Asking gives the same answer whether the address has an account or
 * not, and links are rationed per account and per client address, so the page can neither find members nor
 * flood anyone's mailbox.
 */
@ApplicationScoped
public class PasswordResets {

    /** A mail-bombing limit, not a guessing one: a full day at most between links once the ration is used. */
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "trustmark.account.password-reset-minutes", defaultValue = "30")
    int minutes;

    @Inject
    @ConfigProperty(name = "trustmark.account.password-resets-per-account", defaultValue = "3")
    int perAccount;

    @Inject
    @ConfigProperty(name = "trustmark.account.password-resets-per-address", defaultValue = "10")
    int perAddress;

    /** Mails a link when {@code email} has an account; says nothing either way. */
    @Transactional
    public void request(String email, String clientAddress) {
        if (email == null || !ration("reset-address:" + clientAddress, perAddress)) {
            return;
        }
        accounts.byEmail(email)
                .ifPresent(account -> issue(account)
                        .ifPresent(link -> mailer.queue(
                                account.getEmail(), account.locale(), "reset", account.getUsername(), link, minutes)));
    }

    /** A new link for {@code account}, unless the account had its ration of links lately. */
    private Optional<String> issue(Account account) {
        return ration("reset-account:" + account.getUsername(), perAccount)
                ? Optional.of(link(account))
                : Optional.empty();
    }

    /**
     * A new link for {@code account}, for a mail the caller sends in its transaction (the "someone signed up
     * with your address" mail); empty when the account had its ration of such mails lately, then the caller
     * sends nothing. Rationed apart from the forgot page, so sign-ups cannot use up the owner's reset links.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> issueForNotice(Account account) {
        return allowNotice(account) ? Optional.of(link(account)) : Optional.empty();
    }

    /**
     * Whether another mail about someone's sign-up may go to {@code account}: nobody can flood a member's
     * mailbox by signing up with their address or number again and again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allowNotice(Account account) {
        return ration("signup-notice:" + account.getUsername(), perAccount);
    }

    private String link(Account account) {
        var token = Tokens.random();
        var now = Instant.now(clock);
        em.persist(new PasswordReset(account, Tokens.sha256(token), now, now.plus(Duration.ofMinutes(minutes))));
        return baseUrl + "/account/reset?token=" + token;
    }

    public int minutes() {
        return minutes;
    }

    /**
     * What the link can still do, for the page that opens it.
     *
     * @throws RefusedException {@code reset.invalid} when there is no such link
     */
    @Transactional
    public PasswordReset.State state(String token) {
        return find(token, LockModeType.NONE).stateAt(Instant.now(clock));
    }

    /**
     * Sets the new password through the link; every session of the account ends and every other link of
     * the account stops working.
     *
     * @return the account's username
     * @throws RefusedException {@code reset.invalid}, {@code reset.expired}, {@code reset.used}, or the
     *     password policy's key
     */
    @Transactional
    public String reset(String token, String newPassword) {
        // Locked, so two uses of one link at the same moment cannot both pass the check below.
        var reset = find(token, LockModeType.PESSIMISTIC_WRITE);
        var now = Instant.now(clock);
        switch (reset.stateAt(now)) {
            case EXPIRED -> throw new RefusedException("reset.expired");
            case USED -> throw new RefusedException("reset.used");
            case USABLE -> {
                // the link may be used
            }
        }
        var account = reset.getAccount();
        PasswordPolicy.standard()
                .violation(newPassword, account.getUsername(), account.getEmail())
                .ifPresent(key -> {
                    throw new RefusedException(key, PasswordPolicy.MIN_LENGTH);
                });
        reset.use(passwords.hash(newPassword), now);
        em.createQuery("select r from PasswordReset r where r.account = :a and r.usedAt is null", PasswordReset.class)
                .setParameter("a", account)
                .getResultList()
                .forEach(other -> other.retire(now));
        return account.getUsername();
    }

    private PasswordReset find(String token, LockModeType lock) {
        if (token == null || token.isBlank()) {
            throw new RefusedException("reset.invalid");
        }
        return em.createQuery("select r from PasswordReset r where r.tokenHash = :h", PasswordReset.class)
                .setParameter("h", Tokens.sha256(token.strip()))
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RefusedException("reset.invalid"));
    }

    /** Counts one link under {@code key}; false (and nothing counted) when the key has had its ration. */
    private boolean ration(String key, int free) {
        var now = Instant.now(clock);
        var counter = ThrottleCounters.locked(em, key, now);
        if (counter.lockedAt(now)) {
            return false;
        }
        counter.fail(now, new Backoff(free, LONGEST_WAIT));
        return true;
    }
}
