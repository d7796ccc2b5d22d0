package io.trustmark.review.application;

import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.review.domain.DecisionOutcome;
import java.time.Instant;
import java.util.List;

/** A member's earlier requests with their decisions, and every change of their tier, newest first. */
public record MemberHistory(List<PastRequest> requests, List<TierStep> tierChanges) {

    /** One request and how it ended; the reason texts are as the member was told them. */
    public record PastRequest(
            Long id,
            Tier requestedTier,
            RequestStatus status,
            Instant submittedAt,
            Instant decidedAt,
            String decidedBy,
            DecisionOutcome outcome,
            String reasonCode,
            String memberReason,
            String staffNote) {}

    public record TierStep(
            Instant changedAt,
            Tier from,
            Tier to,
            String changedBy,
            Long requestId,
            String reasonCode,
            String reasonText) {}
}
