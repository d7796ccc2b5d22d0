package io.trustmark.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The link sent to confirm an e-mail address. */
@Entity
@Table(name = "email_confirmation")
public class EmailConfirmation extends MailedLink {

    protected EmailConfirmation() {
        // for JPA
    }

    public EmailConfirmation(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(account, tokenHash, createdAt, expiresAt);
    }

    /**
     * Opens the link: while it is usable it confirms the address.
     *
     * @return the state the link was in when opened ({@link State#USABLE}: the address is confirmed now)
     */
    public State use(Instant now) {
        var state = stateAt(now);
        if (state == State.USABLE) {
            markUsed(now);
            getAccount().confirmEmail(now);
        }
        return state;
    }
}
