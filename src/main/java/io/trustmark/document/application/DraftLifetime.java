package io.trustmark.document.application;

import java.time.Instant;

/**
 * How long a draft counts, asked when it is uploaded. The document store keeps drafts but does not decide
 * their lifetime: that is the retention policy's, which membership owns (the wizard the drafts are for is
 * membership's) and implements this with. An interface here keeps document from depending on membership.
 */
public interface DraftLifetime {

    /** Until when a draft uploaded at {@code uploadedAt} counts; after that it is neither listed, sent nor kept. */
    Instant draftExpiresAt(Instant uploadedAt);
}
