package io.trustmark.membership.infrastructure;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One ThaID sign-in on its way: the secrets this forum sent (state, nonce) and kept (the PKCE verifier),
 * held in the member's session until ThaID sends the member back, then removed, so a second callback with
 * the same {@code state} finds nothing.
 */
public record ThaIdPending(String state, String nonce, String codeVerifier, String redirectUri, Instant startedAt)
        implements Serializable {

    public ThaIdPending {
        Objects.requireNonNull(state);
        Objects.requireNonNull(redirectUri);
        Objects.requireNonNull(nonce);
        Objects.requireNonNull(codeVerifier);
        Objects.requireNonNull(startedAt);
    }
}
