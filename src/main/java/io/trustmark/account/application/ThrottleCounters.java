package io.trustmark.account.application;

import io.trustmark.account.domain.LoginThrottle;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The one way to take a throttle counter ({@link LoginThrottle}) for an update: sign-in failures and rationed
 * mails both count under keys that two requests may meet for the first time at the same moment.
 */
final class ThrottleCounters {

    /**
     * Creates the row if nobody has, atomically, so two first failures at one moment never both insert it (the
     * loser used to end in a duplicate-key 500). {@code ON CONFLICT DO NOTHING} is PostgreSQL's upsert; H2 speaks
     * it in its PostgreSQL mode, the only way this application runs H2.
     */
    static final String CREATE_IF_ABSENT = "INSERT INTO login_throttle (throttle_key, failures, window_started_at)"
            + " VALUES (?1, 0, ?2) ON CONFLICT DO NOTHING";

    private ThrottleCounters() {}

    /** The counter under {@code key}, created empty if there was none, locked until the transaction ends. */
    static LoginThrottle locked(EntityManager em, String key, Instant now) {
        em.createNativeQuery(CREATE_IF_ABSENT)
                .setParameter(1, key)
                .setParameter(2, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
