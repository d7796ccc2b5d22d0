package io.trustmark.review.application;

import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.review.domain.QueueFlag;
import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * One request in the admin queue, with who holds it (null when nobody does) and what the automatic
 * checks flagged.
 */
public record QueueRow(
        Long id,
        String username,
        Tier requestedTier,
        RequestStatus status,
        Instant submittedAt,
        String claimedBy,
        Instant claimedUntil,
        Set<QueueFlag> flags)
        implements Serializable {

    public QueueRow {
        flags = Set.copyOf(flags);
    }

    public boolean claimed() {
        return claimedBy != null;
    }

    public boolean flagged(QueueFlag flag) {
        return flags.contains(flag);
    }
}
