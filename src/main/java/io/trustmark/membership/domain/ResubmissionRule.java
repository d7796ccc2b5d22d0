package io.trustmark.membership.domain;

import java.util.Collection;
import java.util.Optional;

/**
 * Whether a member may send another request for a tier, given how their earlier ones for it ended. A
 * final refusal closes the tier for them; each request sent back to be fixed uses one of a limited number
 * of attempts. Withdrawn requests do not count.
 */
public record ResubmissionRule(int maxAttempts) {

    public static final String REFUSED_FINAL = "review.submit.refusedFinal";
    public static final String NO_ATTEMPTS_LEFT = "review.submit.noAttemptsLeft";

    public ResubmissionRule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
        }
    }

    /** The message key of the refusal, or empty when another request is welcome. */
    public Optional<String> refusal(Collection<RequestStatus> earlier) {
        if (earlier.contains(RequestStatus.REJECTED)) {
            return Optional.of(REFUSED_FINAL);
        }
        return attemptsLeft(earlier) > 0 ? Optional.empty() : Optional.of(NO_ATTEMPTS_LEFT);
    }

    /** How many more requests the member may send after these. */
    public int attemptsLeft(Collection<RequestStatus> earlier) {
        long used = earlier.stream()
                .filter(s -> s == RequestStatus.RESUBMIT || s == RequestStatus.SUBMITTED)
                .count();
        return (int) Math.max(0, maxAttempts - used);
    }
}
