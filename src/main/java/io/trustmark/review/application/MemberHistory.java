package io.trustmark.review.application;

import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.membership.domain.VerificationRoute;
import io.trustmark.review.domain.DecisionOutcome;
import java.time.Instant;
import java.util.List;

/** A member's earlier requests with their decisions, and every change of their tier, newest first. */
public record MemberHistory(List<PastRequest> requests, List<TierStep> tierChanges) {

    /**
     * One request and how it ended. {@code memberReason} is the reason as the member was told it, in their
     * language; {@code reasonCode} and {@code freeText} let a page show it in its reader's language.
     * {@code route} says how the identity was proved (ThaID: approved at once, no admin).
     */
    public record PastRequest(
            Long id,
            Tier requestedTier,
            RequestStatus status,
            Instant submittedAt,
            Instant decidedAt,
            String decidedBy,
            DecisionOutcome outcome,
            String reasonCode,
            String freeText,
            String memberReason,
            String staffNote,
            VerificationRoute route) {}

    /** {@code reasonText}: the admin's own words; {@code reasonCode}: the listed reason, shown in words. */
    public record TierStep(
            Instant changedAt,
            Tier from,
            Tier to,
            String changedBy,
            Long requestId,
            String reasonCode,
            String reasonText) {}
}
