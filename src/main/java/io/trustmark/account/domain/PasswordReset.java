package io.trustmark.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A "choose a new password" link: it works only briefly, because whoever holds it takes over the account. */
@Entity
@Table(name = "password_reset")
public class PasswordReset extends MailedLink {

    protected PasswordReset() {
        // for JPA
    }

    public PasswordReset(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(account, tokenHash, createdAt, expiresAt);
    }

    /**
     * Sets the new password (already hashed) through the link; every session of the account ends.
     *
     * @throws IllegalStateException when the link is used or expired: the caller checks {@link #stateAt} first
     */
    public void use(String newPasswordHash, Instant now) {
        markUsed(now);
        getAccount().changePassword(newPasswordHash);
        // Opening a link sent to the address proves the address, just as the confirmation link does.
        getAccount().confirmEmail(now);
    }
}
