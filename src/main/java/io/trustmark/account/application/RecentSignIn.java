package io.trustmark.account.application;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;

/**
 * When this session last proved who is signed in: the authentication mechanism sets it at sign-in, and
 * review's step-up sets it again when the password is typed once more or a guarded decision is taken.
 * Session-scoped, so the application layer reads it without knowing there is an HTTP session.
 */
@SessionScoped
public class RecentSignIn implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant provedAt;

    /** Null when the session never proved who it is. */
    public Instant provedAt() {
        return provedAt;
    }

    public void proved(Instant at) {
        provedAt = at;
    }
}
