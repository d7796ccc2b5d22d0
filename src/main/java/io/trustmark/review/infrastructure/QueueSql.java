package io.trustmark.review.infrastructure;

import io.trustmark.membership.domain.CheckOutcome;
import io.trustmark.review.domain.QueueFlag;
import io.trustmark.review.domain.QueueQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The queue as SQL: one statement for a page and one for the count, built from a {@link QueueQuery}.
 * Written by hand rather than through JPQL because the check results it filters on belong to another
 * package, and because the 100,000-row budget depends on the exact shape: the status and tier filters
 * match {@code ix_request_status_tier_submitted}, and the default order walks that index. Only
 * whitelisted columns and bound parameters go into the text.
 */
public final class QueueSql {

    /**
     * The outcomes that raise a flag, spelt out (rather than "not PASS") so that the check index is read as
     * equality ranges and only the few flagged rows are touched.
     */
    static final String FLAGGED = "k.outcome IN ('" + CheckOutcome.FAIL + "', '" + CheckOutcome.NEEDS_REVIEW + "')";

    /** The face aid's bands that raise {@link QueueFlag#FACE_DOUBT} (document.domain.FaceBand names). */
    static final String FACE_DOUBTED = "f.band IN ('UNSURE', 'LIKELY_DIFFERENT', 'NOT_COMPARED')";

    /** A face comparison of one of the request's face photos. */
    private static final String FACE_OF_REQUEST =
            "face_comparison f JOIN stored_document d ON d.id = f.face_document_id WHERE " + FACE_DOUBTED;

    /** The statement text and its positional parameters, in order (?1, ?2, …). */
    public record Statement(String sql, List<Object> parameters) {}

    private QueueSql() {}

    public static Statement page(QueueQuery query, Instant now, int first, int max) {
        var params = new ArrayList<Object>();
        var sql = new StringBuilder("""
                SELECT r.id, a.username, r.requested_tier, r.status, r.submitted_at, h.username, c.expires_at
                FROM verification_request r
                JOIN account a ON a.id = r.account_id
                LEFT JOIN review_claim c ON c.request_id = r.id AND c.expires_at > ?1
                LEFT JOIN account h ON h.id = c.admin_id
                """);
        params.add(now);
        where(query, now, sql, params);
        var direction = query.ascending() ? "ASC" : "DESC";
        sql.append("ORDER BY ")
                .append(
                        switch (query.sort()) {
                            case SUBMITTED -> "r.submitted_at " + direction;
                            case MEMBER -> "a.username " + direction + ", r.submitted_at";
                            case TIER -> "r.requested_tier " + direction + ", r.submitted_at";
                            case STATUS -> "r.status " + direction + ", r.submitted_at";
                        })
                .append(", r.id ")
                .append(direction)
                .append('\n');
        params.add(max);
        params.add(first);
        sql.append("LIMIT ?").append(params.size() - 1).append(" OFFSET ?").append(params.size());
        return new Statement(sql.toString(), List.copyOf(params));
    }

    public static Statement count(QueueQuery query, Instant now) {
        var params = new ArrayList<Object>();
        var sql = new StringBuilder("SELECT COUNT(*) FROM verification_request r\n");
        if (query.claimedBy() != null) {
            params.add(now);
            sql.append("JOIN review_claim c ON c.request_id = r.id AND c.expires_at > ?1\n");
        }
        where(query, now, sql, params);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The flags of the rows on one page: a single look-up by request id. */
    public static Statement flags(List<Long> requestIds) {
        var sql = new StringBuilder(
                "SELECT k.request_id, k.code FROM request_check k WHERE " + FLAGGED + " AND k.request_id IN (");
        for (int i = 1; i <= requestIds.size(); i++) {
            sql.append(i == 1 ? "?" : ", ?").append(i);
        }
        return new Statement(sql.append(')').toString(), List.copyOf(requestIds));
    }

    /** Which requests of one page the face aid doubts ({@link QueueFlag#FACE_DOUBT}): one more look-up by id. */
    public static Statement faceDoubts(List<Long> requestIds) {
        var sql = new StringBuilder("SELECT d.request_id FROM " + FACE_OF_REQUEST + " AND d.request_id IN (");
        for (int i = 1; i <= requestIds.size(); i++) {
            sql.append(i == 1 ? "?" : ", ?").append(i);
        }
        return new Statement(sql.append(')').toString(), List.copyOf(requestIds));
    }

    private static void where(QueueQuery query, Instant now, StringBuilder sql, List<Object> params) {
        var conditions = new ArrayList<String>();
        if (query.status() != null) {
            params.add(query.status().name());
            conditions.add("r.status = ?" + params.size());
        }
        if (query.tier() != null) {
            params.add(query.tier().name());
            conditions.add("r.requested_tier = ?" + params.size());
        }
        if (query.olderThanHours() != null) {
            params.add(now.minusSeconds(query.olderThanHours() * 3600L));
            conditions.add("r.submitted_at <= ?" + params.size());
        }
        if (query.claimedBy() != null) {
            params.add(query.claimedBy());
            conditions.add("c.admin_id = ?" + params.size());
        }
        if (!query.flags().isEmpty()) {
            var codes = new TreeSet<String>();
            query.flags().stream().map(QueueFlag::checkCodes).forEach(codes::addAll);
            var in = new StringBuilder();
            for (var code : codes) {
                params.add(code);
                in.append(in.isEmpty() ? "?" : ", ?").append(params.size());
            }
            // Any of the chosen flags: their checks' rows, or the face aid's doubt.
            var any = new ArrayList<String>();
            if (!in.isEmpty()) {
                any.add("EXISTS (SELECT 1 FROM request_check k WHERE k.request_id = r.id AND " + FLAGGED
                        + " AND k.code IN (" + in + "))");
            }
            if (query.flags().contains(QueueFlag.FACE_DOUBT)) {
                any.add("EXISTS (SELECT 1 FROM " + FACE_OF_REQUEST + " AND d.request_id = r.id)");
            }
            conditions.add(any.size() == 1 ? any.get(0) : "(" + String.join(" OR ", any) + ")");
        }
        if (!conditions.isEmpty()) {
            sql.append("WHERE ").append(String.join("\n  AND ", conditions)).append('\n');
        }
    }
}
