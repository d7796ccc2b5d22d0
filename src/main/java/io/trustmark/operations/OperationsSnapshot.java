package io.trustmark.operations;

import io.trustmark.membership.domain.RequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The state operators watch, read from the database in one go: the review queue, how verification
 * requests ended, and the mail not yet delivered. Every node reads the same database, so every node
 * reports the same numbers (aggregate with max, not sum).
 */
public record OperationsSnapshot(
        Instant takenAt,
        Map<RequestStatus, Long> requestsByStatus,
        Optional<Instant> oldestPendingSubmittedAt,
        long mailBacklog) {

    /** Requests waiting for a decision. */
    public long pending() {
        return requestsByStatus.entrySet().stream()
                .filter(e -> e.getKey().open())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Requests that ended with {@code outcome}. */
    public long decided(RequestStatus outcome) {
        return requestsByStatus.getOrDefault(outcome, 0L);
    }

    /** How long the oldest waiting request has waited, in seconds; 0 when none waits. */
    public long oldestPendingAgeSeconds() {
        return oldestPendingSubmittedAt
                .map(at -> Math.max(0, Duration.between(at, takenAt).toSeconds()))
                .orElse(0L);
    }
}
