package io.trustmark.membership.domain;

import io.trustmark.account.domain.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One request as its member follows it: what happened when, and by when to expect an answer. The
 * status page and every mail about the request are made from this, so they never tell different stories.
 *
 * @param expectedBy while the request is open, when the review promise ({@code answerTime}) runs out;
 *                   null once it is closed
 * @param reason     the reviewer's words to the member when it was refused or sent back, else null
 */
public record RequestProgress(
        Long requestId, Tier tier, RequestStatus status, List<Step> steps, Instant expectedBy, String reason) {

    /** What can happen to a request, in the order it happens. */
    public enum StepKind {
        /** The member sent their first request. */
        SUBMITTED,
        /** The member sent a new request after an earlier one was not approved or was withdrawn. */
        RESUBMITTED,
        /** An admin took the request and is reviewing it now. */
        CLAIMED,
        /** One admin approved a request that needs two (four-eyes); it waits for the second. */
        FIRST_APPROVAL,
        APPROVED,
        /** Refused for good. */
        REJECTED,
        WITHDRAWN,
        /** A reviewer sent it back to be fixed; the member may send a new request. */
        RESUBMIT
    }

    public record Step(StepKind kind, Instant at) {

        public Step {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(at);
        }
    }

    public RequestProgress {
        steps = List.copyOf(steps);
    }

    /**
     * @param resubmission whether the member had sent a request before this one
     * @param claimedAt    while an admin holds the open request, since when; else null
     * @param answerTime   how soon the forum promises an answer after a request is sent
     */
    public static RequestProgress of(
            VerificationRequest request, boolean resubmission, Instant claimedAt, Duration answerTime) {
        var steps = new ArrayList<Step>();
        steps.add(new Step(resubmission ? StepKind.RESUBMITTED : StepKind.SUBMITTED, request.getSubmittedAt()));
        if (claimedAt != null && request.getStatus().open()) {
            steps.add(new Step(StepKind.CLAIMED, claimedAt));
        }
        if (request.getFirstApprovedAt() != null) {
            steps.add(new Step(StepKind.FIRST_APPROVAL, request.getFirstApprovedAt()));
        }
        var status = request.getStatus();
        if (!status.open()) {
            steps.add(new Step(StepKind.valueOf(status.name()), request.getDecidedAt()));
        }
        return new RequestProgress(
                request.getId(),
                request.getRequestedTier(),
                status,
                steps,
                status.open() ? request.getSubmittedAt().plus(answerTime) : null,
                status == RequestStatus.REJECTED || status == RequestStatus.RESUBMIT
                        ? request.getDecisionReason()
                        : null);
    }

    public boolean open() {
        return status.open();
    }

    /** Still open after the promised time: the member is told it is late, and that they need do nothing. */
    public boolean overdue(Instant now) {
        return open() && now.isAfter(expectedBy);
    }
}
