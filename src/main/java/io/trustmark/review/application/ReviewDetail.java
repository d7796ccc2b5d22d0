package io.trustmark.review.application;

import io.trustmark.document.application.DocumentSummary;
import io.trustmark.membership.domain.RequestCheck;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.review.domain.NumberCheck;
import io.trustmark.review.domain.ReviewDecision;
import java.util.List;

/**
 * Everything a reviewer needs to decide one request: the request with its documents and checks, how it
 * was decided (null while open), the member's history, and how many attempts the member has left if it
 * is sent back.
 *
 * @param identitySource Citizen &rarr; Trusted: the earlier approved request whose ID data this one reuses
 * @param flags          earlier refusals and downgrades, and what holds against approving, for the top of the page
 */
public record ReviewDetail(
        VerificationRequest request,
        NumberCheck numberCheck,
        List<DocumentSummary> documents,
        List<RequestCheck> checks,
        VerificationRequest identitySource,
        ReviewDecision decision,
        MemberHistory history,
        int attemptsLeft,
        ReviewFlags flags) {}
