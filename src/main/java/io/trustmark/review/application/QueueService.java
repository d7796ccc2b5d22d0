package io.trustmark.review.application;

import io.trustmark.account.domain.Tier;
import io.trustmark.membership.application.MembershipQueries;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.review.domain.QueueFlag;
import io.trustmark.review.domain.QueueQuery;
import io.trustmark.review.domain.Sla;
import io.trustmark.review.infrastructure.QueueSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review queue, read page by page in the database: filtering, sorting, paging and counting all
 * happen in SQL, so the page costs the same with ten requests or a hundred thousand.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QueueService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The answer time promised to members is the one the queue works to: one setting, read in one place. */
    @Inject
    MembershipQueries membershipQueries;

    public Sla sla() {
        return new Sla(membershipQueries.slaHours());
    }

    public List<QueueRow> page(QueueQuery query, int first, int max) {
        var now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(QueueSql.page(query, now, first, max)).getResultList();
        var flags =
                flags(rows.stream().map(row -> ((Number) row[0]).longValue()).toList());
        return rows.stream()
                .map(row -> {
                    var id = ((Number) row[0]).longValue();
                    return new QueueRow(
                            id,
                            (String) row[1],
                            Tier.valueOf((String) row[2]),
                            RequestStatus.valueOf((String) row[3]),
                            instant(row[4]),
                            (String) row[5],
                            instant(row[6]),
                            flags.getOrDefault(id, Set.of()));
                })
                .toList();
    }

    public long count(QueueQuery query) {
        return ((Number) bind(QueueSql.count(query, Instant.now(clock))).getSingleResult()).longValue();
    }

    /** How many requests are in each status, for the line above the queue. */
    public Map<RequestStatus, Long> countsByStatus() {
        var counts = new EnumMap<RequestStatus, Long>(RequestStatus.class);
        for (var status : RequestStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select r.status, count(r) from VerificationRequest r group by r.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((RequestStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private Map<Long, Set<QueueFlag>> flags(List<Long> requestIds) {
        var flags = new HashMap<Long, Set<QueueFlag>>();
        if (requestIds.isEmpty()) {
            return flags;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(QueueSql.flags(requestIds)).getResultList();
        for (var row : rows) {
            var flag = QueueFlag.forCheck((String) row[1]);
            if (flag != null) {
                flags.computeIfAbsent(((Number) row[0]).longValue(), id -> EnumSet.noneOf(QueueFlag.class))
                        .add(flag);
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> doubted = bind(QueueSql.faceDoubts(requestIds)).getResultList();
        for (var id : doubted) {
            flags.computeIfAbsent(((Number) id).longValue(), r -> EnumSet.noneOf(QueueFlag.class))
                    .add(QueueFlag.FACE_DOUBT);
        }
        return flags;
    }

    private Query bind(QueueSql.Statement statement) {
        var query = em.createNativeQuery(statement.sql());
        var params = statement.parameters();
        for (int i = 0; i < params.size(); i++) {
            var value = params.get(i);
            query.setParameter(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
        return query;
    }

    /** PostgreSQL's driver returns timestamps with time zone as Timestamp, H2's as OffsetDateTime. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
