package io.trustmark.membership.domain;

import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything {@link EligibilityPolicy} judges a member by: their requests and how each ended, the admins'
 * downgrades with their reason codes, and when an admin last lifted the bars. Plain values, so the policy
 * is tested without a database.
 *
 * @param lifts when an admin lifted the member's bars; what happened before the latest one no longer counts
 */
public record EligibilityHistory(List<PastRequest> requests, List<Downgrade> downgrades, List<Instant> lifts) {

    public static final EligibilityHistory NONE = new EligibilityHistory(List.of(), List.of(), List.of());

    public EligibilityHistory {
        requests = List.copyOf(requests);
        downgrades = List.copyOf(downgrades);
        lifts = List.copyOf(lifts);
    }

    /**
     * One earlier request.
     *
     * @param documents the kinds of document it carried (see {@link VerificationRequest#documents()})
     * @param decidedAt null while open
     */
    public record PastRequest(
            Long id,
            Tier tier,
            RequestStatus status,
            Set<DocumentKind> documents,
            Instant submittedAt,
            Instant decidedAt) {

        public PastRequest {
            Objects.requireNonNull(tier);
            Objects.requireNonNull(status);
            documents = Set.copyOf(documents);
            Objects.requireNonNull(submittedAt);
        }

        public static PastRequest of(VerificationRequest request) {
            return new PastRequest(
                    request.getId(),
                    request.getRequestedTier(),
                    request.getStatus(),
                    request.documents(),
                    request.getSubmittedAt(),
                    request.getDecidedAt());
        }
    }

    /** An admin lowered the member's tier, with the code of the listed reason (null for free text only). */
    public record Downgrade(Tier from, Tier to, String reasonCode, Instant at) {

        public Downgrade {
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            Objects.requireNonNull(at);
        }
    }

    /** The latest lift, or null: events up to it are forgiven. */
    public Instant liftedAt() {
        return lifts.stream().max(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether {@code at} happened after the latest lift (always, when nothing was lifted). */
    boolean counts(Instant at) {
        var lifted = liftedAt();
        return lifted == null || (at != null && at.isAfter(lifted));
    }

    /** The same history without one request: judging that request against everything else. */
    public EligibilityHistory without(Long requestId) {
        if (requestId == null) {
            return this;
        }
        return new EligibilityHistory(
                requests.stream()
                        .filter(r -> !Objects.equals(r.id(), requestId))
                        .toList(),
                downgrades,
                lifts);
    }
}
