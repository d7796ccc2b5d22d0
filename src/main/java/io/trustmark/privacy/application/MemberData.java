package io.trustmark.privacy.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.document.application.ArchiveCopies;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Everything the forum holds about one member, for "My data": every query is bound to that member's id, so no
 * other member's data can be part of it. Reads the tables (not the other features' entities) because it is one
 * read across all of them; the registered ID number comes through the account, which opens its seal.
 */
@ApplicationScoped
public class MemberData {

    // JDBC, enlisted in the transaction: one read of many tables, each row turned into JSON by its column names.
    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    ArchiveCopies copies;

    /** Every opening of the member's documents, newest first. */
    public List<DocumentView> documentViews(Long accountId) {
        var views = new ArrayList<DocumentView>();
        try (var db = dataSource.getConnection();
                var query = db.prepareStatement("""
                        SELECT e.occurred_at, a.username, d.id, d.kind, d.request_id
                        FROM audit_event e JOIN stored_document d ON d.id = e.subject_id
                        LEFT JOIN account a ON a.id = e.actor_id
                        WHERE e.subject_type = 'DOCUMENT' AND e.action = 'DOCUMENT_VIEWED' AND d.owner_id = ?
                        ORDER BY e.occurred_at DESC, e.id DESC""")) {
            query.setLong(1, accountId);
            try (var row = query.executeQuery()) {
                while (row.next()) {
                    views.add(new DocumentView(
                            row.getObject(1, OffsetDateTime.class).toInstant(),
                            row.getString(2),
                            row.getLong(3),
                            row.getString(4),
                            row.getObject(5, Long.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the views of the member's documents", e);
        }
        return views;
    }

    /** The archive (JSON); recorded in the audit trail, as it carries the member's whole file. */
    @Transactional
    public JsonObject export(Long accountId) {
        var account = accounts.get(accountId);
        var archive = Json.createObjectBuilder()
                .add("exportedAt", Instant.now(clock).toString())
                .add(
                        "account",
                        Json.createObjectBuilder()
                                .add("id", account.getId())
                                .add("username", account.getUsername())
                                .add("email", account.getEmail())
                                .add("nationality", account.getNationality())
                                .add("registeredIdNumber", account.getIdNumber())
                                .add("tier", account.getTier().name())
                                .add("createdAt", account.getCreatedAt().toString())
                                .add("emailConfirmedAt", String.valueOf(account.getEmailConfirmedAt()))
                                .add("idVerifiedAt", String.valueOf(account.getIdVerifiedAt()))
                                .add("language", String.valueOf(account.getLanguage())));
        archive.add("requests", rows("""
                SELECT id, requested_tier, status, submitted_at, decided_at, decision_reason, id_document_kind,
                       name_th_title, name_th_given, name_th_surname, name_en_title, name_en_given, name_en_surname,
                       document_expiry, passbook_account_name, passbook_bank
                FROM verification_request WHERE account_id = ? ORDER BY id""", accountId));
        archive.add("decisions", rows("""
                SELECT d.request_id, d.outcome, d.reason_code, d.free_text, d.decided_at
                FROM review_decision d JOIN verification_request r ON r.id = d.request_id
                WHERE r.account_id = ? ORDER BY d.id""", accountId));
        archive.add("consents", rows("""
                SELECT id, purpose, notice_version, given_at FROM consent WHERE account_id = ? ORDER BY id""", accountId));
        archive.add("tierHistory", rows("""
                SELECT from_tier, to_tier, request_id, reason_code, reason_text, changed_at
                FROM tier_change WHERE account_id = ? ORDER BY changed_at""", accountId));
        archive.add("documents", rows("""
                SELECT id, request_id, kind, created_at, purged_at FROM stored_document WHERE owner_id = ?
                ORDER BY id""", accountId));
        archive.add("posts", rows("""
                SELECT p.id, t.title AS thread, p.body, p.created_at
                FROM post p JOIN forum_thread t ON t.id = p.thread_id WHERE p.author_id = ? ORDER BY p.id""", accountId));
        var views = Json.createArrayBuilder();
        for (var view : documentViews(accountId)) {
            views.add(Json.createObjectBuilder()
                    .add("at", view.at().toString())
                    .add("viewer", String.valueOf(view.viewer()))
                    .add("documentId", view.documentId())
                    .add("kind", view.documentKind()));
        }
        archive.add("documentViews", views);
        archive.add("auditEvents", rows("""
                SELECT e.occurred_at, a.username AS actor, e.action, e.subject_type, e.subject_id
                FROM audit_event e LEFT JOIN account a ON a.id = e.actor_id
                WHERE (e.subject_type = 'ACCOUNT' AND e.subject_id = ?)
                   OR (e.subject_type = 'REQUEST' AND e.subject_id IN
                       (SELECT r.id FROM verification_request r WHERE r.account_id = ?))
                   OR (e.subject_type = 'DOCUMENT' AND e.subject_id IN
                       (SELECT d.id FROM stored_document d WHERE d.owner_id = ?))
                ORDER BY e.occurred_at, e.id""", accountId));
        // The member's own images while they still exist, each a stamped copy (opening them is audited too).
        var images = Json.createArrayBuilder();
        for (var copy : copies.stampedOwn(account.getUsername())) {
            images.add(Json.createObjectBuilder()
                    .add("documentId", copy.documentId())
                    .add("kind", copy.kind().name())
                    .add("mediaType", "image/jpeg")
                    .add("stamped", true)
                    .add("base64", java.util.Base64.getEncoder().encodeToString(copy.jpeg())));
        }
        archive.add("images", images);
        audit.record(accountId, PrivacyAudit.DATA_EXPORTED, PrivacyAudit.Subject.ACCOUNT, accountId, null);
        return archive.build();
    }

    private JsonArrayBuilder rows(String sql, Long accountId) {
        var array = Json.createArrayBuilder();
        try (var db = dataSource.getConnection();
                var query = db.prepareStatement(sql)) {
            for (int i = 1; i <= query.getParameterMetaData().getParameterCount(); i++) {
                query.setLong(i, accountId);
            }
            try (var result = query.executeQuery()) {
                var columns = result.getMetaData();
                while (result.next()) {
                    JsonObjectBuilder object = Json.createObjectBuilder();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        var name = columns.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
                        var value = result.getObject(c);
                        if (value == null) {
                            object.addNull(name);
                        } else if (value instanceof Number number) {
                            object.add(name, number.longValue());
                        } else if (value instanceof java.sql.Date date) {
                            object.add(name, date.toLocalDate().toString());
                        } else if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
                            object.add(name, instant(value).toString());
                        } else {
                            object.add(name, value.toString());
                        }
                    }
                    array.add(object);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the member's data", e);
        }
        return array;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDate date) {
            return date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        return Instant.parse(value.toString());
    }
}
