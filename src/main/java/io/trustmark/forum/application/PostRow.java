package io.trustmark.forum.application;

import io.trustmark.membership.domain.Tier;
import java.time.Instant;

public record PostRow(Long id, String author, Tier authorTier, String body, Instant createdAt) {
}
