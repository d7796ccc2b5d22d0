package io.trustmark.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A browser that signed in to an account: its cookie holds a random token, stored here only as its
 * SHA-256. Failed sign-ins of the same account from elsewhere do not refuse a known device (see
 * {@link SignInThrottling}).
 */
@Entity
@Table(name = "known_device")
public class KnownDevice {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected KnownDevice() {
        // for JPA
    }

    public KnownDevice(String tokenHash, Account account, Instant createdAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.account = Objects.requireNonNull(account);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    /** Whether this device counts as known for {@code accountId} at {@code now}. */
    public boolean knownFor(Long accountId, Instant now) {
        return account.getId() != null && account.getId().equals(accountId) && now.isBefore(expiresAt);
    }

    /** Another successful sign-in keeps the device known for longer. */
    public void extendTo(Instant newExpiry) {
        if (newExpiry.isAfter(expiresAt)) {
            expiresAt = newExpiry;
        }
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Account getAccount() {
        return account;
    }
}
