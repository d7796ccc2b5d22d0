package io.trustmark.review.application;

import io.trustmark.membership.domain.Tier;
import java.time.Instant;

/** One pending request in the admin queue. */
public record QueueRow(Long id, String username, Tier requestedTier, Instant submittedAt) {
}
