package io.trustmark.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key rotation for sealed ID numbers, run with the documents' (/admin/keys): reseals every number under the
 * current key and recomputes its fingerprint, after which the old key can leave the configuration. Works on the
 * columns directly because an entity would not be written back: its plain value did not change.
 */
@ApplicationScoped
public class IdNumberRotation {

    /**
     * A sealed column, the context bound into its values, and its fingerprint column (or null). The request
     * columns are listed here, with the account's, because the seal is this feature's: membership only stores them.
     */
    record SealedColumn(String table, String column, String context, String fingerprintColumn) {}

    static final List<SealedColumn> COLUMNS = List.of(
            new SealedColumn("account", "id_number_sealed", "account.id_number", "id_number_index"),
            new SealedColumn(
                    "verification_request", "typed_number", "verification_request.typed_number", "typed_number_index"),
            new SealedColumn("verification_request", "document_number", "verification_request.document_number", null));

    @PersistenceContext
    EntityManager em;

    @Inject
    IdNumberProtection protection;

    /** Reseals up to {@code max} values not yet under the current key; returns how many. */
    @Transactional
    public int resealBatch(int max) {
        int done = 0;
        for (var column : COLUMNS) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, " + column.column() + " FROM " + column.table()
                            + " WHERE " + column.column() + " IS NOT NULL AND " + column.column()
                            + " NOT LIKE ? ESCAPE '\\'")
                    .setParameter(1, escapeLike(protection.currentKeyId()) + ":%")
                    .setMaxResults(max - done)
                    .getResultList();
            for (var row : rows) {
                var number = protection.open((String) row[1], column.context());
                var set = column.column() + " = ?"
                        + (column.fingerprintColumn() == null ? "" : ", " + column.fingerprintColumn() + " = ?");
                var update = em.createNativeQuery("UPDATE " + column.table() + " SET " + set + " WHERE id = ?")
                        .setParameter(1, protection.seal(number, column.context()));
                int id = 2;
                if (column.fingerprintColumn() != null) {
                    update.setParameter(id++, protection.fingerprint(number));
                }
                update.setParameter(id, ((Number) row[0]).longValue()).executeUpdate();
                done++;
            }
            if (done >= max) {
                break;
            }
        }
        return done;
    }

    /** How many ID numbers are sealed under each key id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> sealedPerKey() {
        var counts = new TreeMap<String, Long>();
        for (var column : COLUMNS) {
            @SuppressWarnings("unchecked")
            List<String> values = em.createNativeQuery("SELECT " + column.column() + " FROM " + column.table()
                            + " WHERE " + column.column() + " IS NOT NULL")
                    .getResultList();
            values.forEach(v -> counts.merge(IdNumberProtection.keyIdOf(v), 1L, Long::sum));
        }
        return counts;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
