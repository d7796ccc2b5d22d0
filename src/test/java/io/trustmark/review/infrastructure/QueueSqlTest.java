package io.trustmark.review.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.review.domain.QueueFlag;
import io.trustmark.review.domain.QueueQuery;
import io.trustmark.review.domain.QueueSort;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The queue SQL: every value is a bound parameter, numbered in order, and the filters narrow the query. */
class QueueSqlTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void defaultPageIsOpenRequestsOldestFirst() {
        var statement = QueueSql.page(QueueQuery.open(), NOW, 100, 50);
        var sql = statement.sql();
        assertTrue(sql.contains("WHERE r.status = ?2"), sql);
        assertTrue(sql.contains("ORDER BY r.submitted_at ASC, r.id ASC"), sql);
        assertTrue(sql.endsWith("LIMIT ?3 OFFSET ?4"), sql);
        assertEquals(List.of(NOW, "SUBMITTED", 50, 100), statement.parameters());
        assertParametersNumbered(statement);
    }

    @Test
    void everyFilterIsABoundParameter() {
        var query = new QueueQuery(
                RequestStatus.SUBMITTED,
                Tier.TRUSTED,
                24,
                Set.of(QueueFlag.IMAGE_REUSED, QueueFlag.DUPLICATE_ID),
                42L,
                QueueSort.MEMBER,
                false);
        var statement = QueueSql.page(query, NOW, 0, 50);
        var sql = statement.sql();
        assertTrue(sql.contains("r.requested_tier = ?3"), sql);
        assertTrue(sql.contains("r.submitted_at <= ?4"), sql);
        assertTrue(sql.contains("c.admin_id = ?5"), sql);
        assertTrue(sql.contains("k.code IN (?6, ?7)"), sql);
        assertTrue(sql.contains("ORDER BY a.username DESC, r.submitted_at, r.id DESC"), sql);
        assertEquals(
                List.of(
                        NOW,
                        "SUBMITTED",
                        "TRUSTED",
                        NOW.minusSeconds(24 * 3600),
                        42L,
                        "DUPLICATE_ID",
                        "IMAGE_REUSE",
                        50,
                        0),
                statement.parameters());
        assertFalse(sql.contains("TRUSTED") || sql.contains("IMAGE_REUSE"), "no value is spliced into the text");
        assertParametersNumbered(statement);
    }

    @Test
    void countJoinsClaimsOnlyWhenFilteringByHolder() {
        var all = QueueSql.count(new QueueQuery(null, null, null, Set.of(), null, null, true), NOW);
        assertEquals("SELECT COUNT(*) FROM verification_request r\n", all.sql());
        assertEquals(List.of(), all.parameters());
        var mine = QueueSql.count(new QueueQuery(RequestStatus.SUBMITTED, null, null, Set.of(), 7L, null, true), NOW);
        assertTrue(mine.sql().contains("JOIN review_claim c ON c.request_id = r.id AND c.expires_at > ?1"), mine.sql());
        assertEquals(List.of(NOW, "SUBMITTED", 7L), mine.parameters());
        assertParametersNumbered(mine);
    }

    @Test
    void theFaceAidsDoubtIsOneMoreWayToBeFlagged() {
        var both = new QueueQuery(
                null,
                null,
                null,
                Set.of(QueueFlag.FACE_DOUBT, QueueFlag.NAME_MISMATCH),
                null,
                QueueSort.SUBMITTED,
                true);
        var sql = QueueSql.page(both, NOW, 0, 50).sql();
        assertTrue(sql.contains("(EXISTS (SELECT 1 FROM request_check k"), sql);
        assertTrue(sql.contains(" OR EXISTS (SELECT 1 FROM face_comparison f JOIN stored_document d"), sql);
        var faceOnly = new QueueQuery(null, null, null, Set.of(QueueFlag.FACE_DOUBT), null, QueueSort.SUBMITTED, true);
        var only = QueueSql.count(faceOnly, NOW);
        assertFalse(only.sql().contains("request_check"), only.sql());
        assertTrue(only.sql().contains("f.band IN ('UNSURE', 'LIKELY_DIFFERENT', 'NOT_COMPARED')"), only.sql());
        var doubts = QueueSql.faceDoubts(List.of(5L, 9L));
        assertTrue(doubts.sql().endsWith("d.request_id IN (?1, ?2)"), doubts.sql());
        assertParametersNumbered(doubts);
        // The band names in the SQL are the face aid's own.
        for (var band : List.of("UNSURE", "LIKELY_DIFFERENT", "NOT_COMPARED")) {
            io.trustmark.document.domain.FaceBand.valueOf(band);
        }
    }

    @Test
    void flagsOfAPageInOneLookUp() {
        var statement = QueueSql.flags(List.of(5L, 9L, 11L));
        assertTrue(statement.sql().endsWith("IN (?1, ?2, ?3)"), statement.sql());
        assertEquals(List.of(5L, 9L, 11L), statement.parameters());
    }

    /** ?1 … ?n each appear, and nothing beyond n. */
    private static void assertParametersNumbered(QueueSql.Statement statement) {
        var used = Pattern.compile("\\?(\\d+)")
                .matcher(statement.sql())
                .results()
                .map(m -> Integer.parseInt(m.group(1)))
                .distinct()
                .sorted()
                .toList();
        var expected = java.util.stream.IntStream.rangeClosed(
                        1, statement.parameters().size())
                .boxed()
                .toList();
        assertEquals(expected, used, statement.sql());
    }
}
