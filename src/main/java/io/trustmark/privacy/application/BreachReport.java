package io.trustmark.privacy.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Breach readiness (PDPA s.37: notify within 72 hours): for one admin and a period, every document they opened and
 * every member whose documents those were. Running it is itself audited, as it lists members' addresses.
 */
@ApplicationScoped
public class BreachReport {

    /** Bangkok: the period's days are the forum's days, whatever the server's zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    /** One view: when, which document, whose. */
    public record View(Instant at, Long documentId, String kind, Long requestId, String owner, String ownerEmail) {}

    /** A member affected, with how many views of their documents. */
    public record Affected(String username, String email, int views) {}

    public record Result(String admin, LocalDate from, LocalDate to, List<View> views, List<Affected> affected) {

        /** The report as CSV (RFC 4180), one line per view. */
        public String csv() {
            var out = new StringBuilder("viewed_at,admin,document_id,kind,request_id,member,member_email\r\n");
            for (var v : views) {
                out.append(v.at())
                        .append(',')
                        .append(quote(admin))
                        .append(',')
                        .append(v.documentId())
                        .append(',')
                        .append(v.kind())
                        .append(',')
                        .append(v.requestId() == null ? "" : v.requestId())
                        .append(',')
                        .append(quote(v.owner()))
                        .append(',')
                        .append(quote(v.ownerEmail()))
                        .append("\r\n");
            }
            return out.toString();
        }

        private static String quote(String value) {
            var text = value == null ? "" : value;
            // A leading =, +, - or @ would run as a formula in a spreadsheet: prefixed with a quote.
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
                text = "'" + text;
            }
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
    }

    /**
     * @param requesterId the admin running the report (audited)
     * @return empty when {@code admin} names no account
     */
    @Transactional
    public Optional<Result> run(Long requesterId, String admin, LocalDate from, LocalDate to) {
        var subject = accounts.byUsername(admin);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        var views = new ArrayList<View>();
        try (var db = dataSource.getConnection();
                var query = db.prepareStatement("""
                        SELECT e.occurred_at, d.id, d.kind, d.request_id, o.username, o.email
                        FROM audit_event e JOIN stored_document d ON d.id = e.subject_id
                        JOIN account o ON o.id = d.owner_id
                        WHERE e.subject_type = 'DOCUMENT' AND e.action = 'DOCUMENT_VIEWED' AND e.actor_id = ?
                          AND e.occurred_at >= ? AND e.occurred_at < ?
                        ORDER BY e.occurred_at, e.id""")) {
            query.setLong(1, subject.get().getId());
            query.setObject(2, from.atStartOfDay(ZONE).toOffsetDateTime());
            query.setObject(3, to.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
            try (var row = query.executeQuery()) {
                while (row.next()) {
                    views.add(new View(
                            row.getObject(1, OffsetDateTime.class).toInstant(),
                            row.getLong(2),
                            row.getString(3),
                            row.getObject(4, Long.class),
                            row.getString(5),
                            row.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the document views", e);
        }
        var affected = new LinkedHashMap<String, Affected>();
        for (var v : views) {
            affected.merge(
                    v.owner(),
                    new Affected(v.owner(), v.ownerEmail(), 1),
                    (a, b) -> new Affected(a.username(), a.email(), a.views() + 1));
        }
        audit.record(
                requesterId,
                PrivacyAudit.BREACH_REPORT,
                PrivacyAudit.Subject.ACCOUNT,
                subject.get().getId(),
                from + ".." + to + ": " + views.size() + " views, " + affected.size() + " members");
        return Optional.of(
                new Result(subject.get().getUsername(), from, to, List.copyOf(views), List.copyOf(affected.values())));
    }
}
