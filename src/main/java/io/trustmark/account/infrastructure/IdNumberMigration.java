package io.trustmark.account.infrastructure;

import io.trustmark.account.application.IdNumberProtection;
import io.trustmark.account.infrastructure.SealedNumberConverter.AccountIdNumber;
import io.trustmark.account.infrastructure.SealedNumberConverter.DocumentNumber;
import io.trustmark.account.infrastructure.SealedNumberConverter.TypedNumber;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Flyway migration 11.2: seals the ID numbers stored in clear before 11 and drops the clear column.
 * <p>
 * Why a Java migration handed to Flyway by the application (platform's DatabaseMigration collects every
 * {@link JavaMigration} bean) rather than SQL or a start-up job: sealing needs the document key, which lives in
 * the application's configuration and never in the database, so SQL cannot do it; and as a Flyway step it runs
 * once, in order, in Flyway's transaction, before anything reads the new columns. A start-up job would have left
 * a window in which the application runs on half-converted rows. A database with rows but no key configured
 * stops the migration (and the start) with a clear message instead of keeping the numbers readable.
 */
@Dependent
public class IdNumberMigration implements JavaMigration {

    @Inject
    IdNumberProtection protection;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11.2");
    }

    @Override
    public String getDescription() {
        return "seal id numbers";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var db = context.getConnection();
        sealAccounts(db);
        sealRequests(db);
        try (var ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE account DROP CONSTRAINT uq_account_identity");
            ddl.execute("ALTER TABLE account DROP COLUMN id_number");
            ddl.execute("ALTER TABLE account ALTER COLUMN id_number_sealed SET NOT NULL");
            ddl.execute("ALTER TABLE account ALTER COLUMN id_number_index SET NOT NULL");
            ddl.execute("ALTER TABLE account ADD CONSTRAINT uq_account_identity UNIQUE (nationality, id_number_index)");
        }
    }

    private void sealAccounts(Connection db) throws SQLException {
        var rows = new ArrayList<Object[]>();
        try (var select = db.createStatement();
                var result = select.executeQuery("SELECT id, id_number FROM account")) {
            while (result.next()) {
                rows.add(new Object[] {result.getLong(1), result.getString(2)});
            }
        }
        requireKey(rows);
        try (var update =
                db.prepareStatement("UPDATE account SET id_number_sealed = ?, id_number_index = ? WHERE id = ?")) {
            for (var row : rows) {
                var number = (String) row[1];
                update.setString(1, protection.seal(number, AccountIdNumber.CONTEXT));
                update.setString(2, protection.fingerprint(number));
                update.setLong(3, (Long) row[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void sealRequests(Connection db) throws SQLException {
        var rows = new ArrayList<Object[]>();
        try (var select = db.createStatement();
                var result =
                        select.executeQuery("SELECT id, typed_number, document_number FROM verification_request")) {
            while (result.next()) {
                rows.add(new Object[] {result.getLong(1), result.getString(2), result.getString(3)});
            }
        }
        requireKey(rows);
        try (var update = db.prepareStatement("UPDATE verification_request"
                + " SET typed_number = ?, typed_number_index = ?, document_number = ? WHERE id = ?")) {
            for (var row : rows) {
                var typed = (String) row[1];
                var printed = (String) row[2];
                update.setString(1, protection.seal(typed, TypedNumber.CONTEXT));
                update.setString(2, protection.fingerprint(typed));
                update.setString(3, printed == null ? null : protection.seal(printed, DocumentNumber.CONTEXT));
                update.setLong(4, (Long) row[0]);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private void requireKey(List<Object[]> rows) {
        if (!rows.isEmpty() && !protection.available()) {
            throw new IllegalStateException("Migration 11.2 seals the stored ID numbers and needs the document key:"
                    + " configure trustmark.crypto.key (and trustmark.crypto.key-id) and start again");
        }
    }
}
