package io.trustmark.review.application;

import io.trustmark.membership.domain.Eligibility;
import io.trustmark.membership.domain.RequestStatus;
import java.time.Instant;
import java.util.List;

/**
 * What the reviewer must see before anything else on a request: the member's earlier final refusals and
 * downgrades (also in the history table below, but easy to miss there), and whether one of them still
 * holds against this request, in which case approving is refused.
 *
 * @param bar      what holds against approving this request now (a document refused for good, a misuse
 *                 cool-down), or null
 * @param liftedAt when an admin last lifted the member's bars (what came before no longer holds), or null
 */
public record ReviewFlags(
        List<MemberHistory.PastRequest> refusals,
        List<MemberHistory.TierStep> downgrades,
        Eligibility.Refusal bar,
        Instant liftedAt) {

    public ReviewFlags {
        refusals = List.copyOf(refusals);
        downgrades = List.copyOf(downgrades);
    }

    /** Whether the page shows the flag box at all. */
    public boolean any() {
        return bar != null || !refusals.isEmpty() || !downgrades.isEmpty();
    }

    /** Builds the flags for request {@code requestId} from the member's history. */
    static ReviewFlags of(Long requestId, MemberHistory history, Eligibility.Refusal bar, Instant liftedAt) {
        return new ReviewFlags(
                history.requests().stream()
                        .filter(r -> !r.id().equals(requestId))
                        .filter(r -> r.status() == RequestStatus.REJECTED)
                        .toList(),
                history.tierChanges().stream()
                        .filter(t -> t.requestId() == null
                                && t.to().ordinal() < t.from().ordinal())
                        .toList(),
                bar,
                liftedAt);
    }
}
