package io.trustmark.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link mailed to an account's address (confirm the address, choose a new password). Only the
 * SHA-256 of its token is stored, so a leaked database hands out no working link; it works once and only
 * until it expires. What using it does is the subclass's.
 */
@MappedSuperclass
public abstract class MailedLink {

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

    protected MailedLink() {
        // for JPA
    }

    protected MailedLink(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
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
     * Marks the link used.
     *
     * @throws IllegalStateException when it is used or expired: callers check {@link #stateAt} first
     */
    protected void markUsed(Instant now) {
        if (stateAt(now) != State.USABLE) {
            throw new IllegalStateException(getClass().getSimpleName() + " link is " + stateAt(now));
        }
        usedAt = now;
    }

    /** Retires a link that was not used because another one was (only the newest counts). */
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
