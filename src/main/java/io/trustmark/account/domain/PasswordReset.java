package io.trustmark.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A "choose a new password" link sent by mail. Only the SHA-256 of its token is stored, so a leaked
 * database resets nothing; it works once and only briefly, because whoever holds it takes over the account.
 */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public enum State {
        USABLE,
        EXPIRED,
        USED
    }

    /** A used link stays used even after it would have expired: the member is told what really happened. */
    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /**
     * Sets the new password (already hashed) through the link; every session of the account ends.
     *
     * @throws IllegalStateException when the link is used or expired: the caller checks {@link #stateAt} first
     */
    public void use(String newPasswordHash, Instant now) {
        if (stateAt(now) != State.USABLE) {
            throw new IllegalStateException("Password reset link is " + stateAt(now));
        }
        usedAt = now;
        account.changePassword(newPasswordHash);
        // Opening a link sent to the address proves the address, just as the confirmation link does.
        account.confirmEmail(now);
    }

    /** Retires a link that was not used because another one was (only the newest password counts). */
    public void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
