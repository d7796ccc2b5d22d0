package io.trustmark.review.domain;

import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.RequestStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * One view of the queue: which requests (every criterion optional except the status, which defaults to
 * open ones) and in which order. Requests with any of {@code flags} are shown.
 *
 * @param olderThanHours only requests waiting at least this long; null for any age
 * @param claimedBy      only requests currently claimed by this admin; null for everyone's
 */
public record QueueQuery(
        RequestStatus status,
        Tier tier,
        Integer olderThanHours,
        Set<QueueFlag> flags,
        Long claimedBy,
        QueueSort sort,
        boolean ascending) {

    public QueueQuery {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        sort = sort == null ? QueueSort.SUBMITTED : sort;
        if (olderThanHours != null && olderThanHours < 0) {
            throw new IllegalArgumentException("Negative age");
        }
    }

    /** Open requests, oldest first: what a reviewer works through. */
    public static QueueQuery open() {
        return new QueueQuery(RequestStatus.SUBMITTED, null, null, Set.of(), null, QueueSort.SUBMITTED, true);
    }

    /** Whether only the status narrows this view: its size is then the status's count. */
    public boolean onlyStatus() {
        return tier == null && olderThanHours == null && flags.isEmpty() && claimedBy == null;
    }
}
