package io.trustmark.membership.domain;

import io.trustmark.account.domain.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
        /**
         * The member sent the same path again after a reviewer sent it back to be fixed ({@link
         * RequestProgress#resubmits}); not any later request.
         */
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
        RESUBMIT,
        /** ThaID confirmed the member's ID number: made and approved in one moment, no admin involved. */
        VERIFIED_WITH_THAID
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
     * Whether {@code request} is the member's answer to "please fix and send again": the member's latest
     * earlier request (withdrawn ones aside, since withdrawing a fixed request does not end the
     * correction) asked for the same tier and was sent back. A first request for a tier, or one after a
     * refusal or an approval, is not sent again, however many requests came before.
     *
     * @param earlier the member's other requests sent before {@code request}, in any order
     */
    public static boolean resubmits(VerificationRequest request, List<VerificationRequest> earlier) {
        return earlier.stream()
                .filter(r -> r != request && r.getStatus() != RequestStatus.WITHDRAWN)
                .filter(r -> r.getSubmittedAt().isBefore(request.getSubmittedAt())
                        || (r.getSubmittedAt().equals(request.getSubmittedAt()) && idBefore(r, request)))
                .max(Comparator.comparing(VerificationRequest::getSubmittedAt)
                        .thenComparing(r -> r.getId() == null ? Long.MIN_VALUE : r.getId()))
                .filter(r -> r.getStatus() == RequestStatus.RESUBMIT)
                .filter(r -> r.getRequestedTier() == request.getRequestedTier())
                .isPresent();
    }

    /** Same moment (as the database keeps it): the one with the lower id came first. */
    private static boolean idBefore(VerificationRequest a, VerificationRequest b) {
        return a.getId() != null && b.getId() != null && a.getId() < b.getId();
    }

    /**
     * @param resubmission whether this request answers an earlier one sent back ({@link #resubmits})
     * @param claimedAt    while an admin holds the open request, since when; else null
     * @param answerTime   how soon the forum promises an answer after a request is sent
     */
    public static RequestProgress of(
            VerificationRequest request, boolean resubmission, Instant claimedAt, Duration answerTime) {
        var steps = new ArrayList<Step>();
        if (request.isThaId()) {
            // Sent and approved in one moment: one step that names the route, on the page and in the mail.
            steps.add(new Step(StepKind.VERIFIED_WITH_THAID, request.getDecidedAt()));
            return new RequestProgress(
                    request.getId(), request.getRequestedTier(), request.getStatus(), steps, null, null);
        }
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
