package io.trustmark.review.application;

import io.trustmark.document.application.DocumentSummary;
import io.trustmark.membership.domain.RequestCheck;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.review.domain.NumberCheck;
import java.util.List;

/**
 * Everything a reviewer needs to decide one request.
 *
 * @param identitySource Citizen &rarr; Trusted: the earlier approved request whose ID data this one reuses
 */
public record ReviewDetail(VerificationRequest request, NumberCheck numberCheck, List<DocumentSummary> documents,
                           List<RequestCheck> checks, VerificationRequest identitySource) {
}
