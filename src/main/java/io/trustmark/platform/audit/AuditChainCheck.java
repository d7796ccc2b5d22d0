package io.trustmark.platform.audit;

import io.trustmark.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Recomputes the audit hash chain from the first row to the head and says whether it is intact and, if not,
 * where it first breaks. Reads in pages by chain position, so a long trail is checked in constant memory.
 */
@ApplicationScoped
public class AuditChainCheck {

    private static final int PAGE = 1000;

    // Plain JDBC on the application's data source: health probes call this outside any request, where an injected
    // persistence context cannot be looked up (the same reason operations reads its figures this way).
    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    /**
     * @param intact        every chained row hashes to its stored hash, follows the previous one without a gap,
     *                      the head names the last one, and exactly the rows older than the chain are unchained
     * @param chainedRows   rows in the chain
     * @param unchainedRows rows written before the chain existed
     * @param headHash      the newest hash, worth noting outside the database
     * @param brokenAt      the first chain position that fails, or null
     * @param problem       what failed there, or null: missing (a row was removed), relinked (a row's previous hash
     *                      was changed), changed (a row's fields were), tail (the newest rows were removed), outside
     *                      (a chained row was stripped of its hash)
     */
    public record Status(
            boolean intact, long chainedRows, long unchainedRows, String headHash, Long brokenAt, String problem) {}

    public Status verify() {
        try (var db = dataSource.getConnection()) {
            return verify(db);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit trail", e);
        }
    }

    private Status verify(Connection db) throws SQLException {
        long headPosition;
        String headHash;
        long expectedUnchained;
        try (var statement = db.createStatement();
                var head = statement.executeQuery(
                        "SELECT position, last_hash, unchained_rows FROM audit_chain_head WHERE id = 1")) {
            head.next();
            headPosition = head.getLong(1);
            headHash = head.getString(2);
            expectedUnchained = head.getLong(3);
        }
        long unchained;
        try (var statement = db.createStatement();
                var count = statement.executeQuery("SELECT COUNT(*) FROM audit_event WHERE chain_position IS NULL")) {
            count.next();
            unchained = count.getLong(1);
        }
        long expected = 1;
        var previous = AuditChain.GENESIS;
        try (var page = db.prepareStatement("SELECT chain_position, previous_hash, row_hash, id, occurred_at, actor_id,"
                + " action, subject_type, subject_id, detail FROM audit_event WHERE chain_position >= ?"
                + " ORDER BY chain_position")) {
            page.setMaxRows(PAGE);
            while (true) {
                page.setLong(1, expected);
                int rows = 0;
                try (var row = page.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        if (row.getLong(1) != expected) {
                            return broken(expected - 1, unchained, headHash, expected, "missing");
                        }
                        if (!previous.equals(row.getString(2))) {
                            return broken(expected - 1, unchained, headHash, expected, "relinked");
                        }
                        var hash = AuditChain.hash(
                                previous,
                                expected,
                                row.getObject(4, Long.class),
                                row.getObject(5, OffsetDateTime.class).toInstant(),
                                row.getObject(6, Long.class),
                                row.getString(7),
                                row.getString(8),
                                row.getObject(9, Long.class),
                                row.getString(10));
                        if (!hash.equals(row.getString(3))) {
                            return broken(expected - 1, unchained, headHash, expected, "changed");
                        }
                        previous = hash;
                        expected++;
                    }
                }
                if (rows < PAGE) {
                    break;
                }
            }
        }
        var chained = expected - 1;
        if (chained != headPosition || !Objects.equals(previous, headHash)) {
            return broken(chained, unchained, headHash, chained + 1, "tail");
        }
        if (unchained != expectedUnchained) {
            return broken(chained, unchained, headHash, null, "outside");
        }
        return new Status(true, chained, unchained, headHash, null, null);
    }

    private static Status broken(long chained, long unchained, String headHash, Long at, String problem) {
        return new Status(false, chained, unchained, headHash, at, problem);
    }
}
