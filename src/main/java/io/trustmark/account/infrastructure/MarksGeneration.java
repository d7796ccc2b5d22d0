package io.trustmark.account.infrastructure;

import io.trustmark.account.domain.Account;
import io.trustmark.platform.persistence.ChangeSignals;
import io.trustmark.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The marks generation (table {@code marks_generation}, one row): raised in the transaction that writes an account
 * whose marks or shown name changed ({@link Account#takeMarksChange}). A guest's kept forum page is served again only
 * while the generation it was rendered under is still the database's ({@code forum.application.ForumService}'s
 * stamps), so an approval, a revocation or an erasure changes the badge on every page of every node at once.
 * <p>
 * The one place of the rule: {@link Listener} is attached to {@link Account} in META-INF/orm.xml, so every write of
 * an account passes here, whichever feature changed it (an approval in membership, ThaID, a lowering in review, an
 * erasure); none of them has to remember it, and the forum needs no feature that writes accounts.
 */
@ApplicationScoped
public class MarksGeneration {

    static final String RAISE = "UPDATE marks_generation SET generation = generation + 1 WHERE id = 1";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ChangeSignals signals;

    /**
     * Raises the generation. Within a JTA transaction the container hands out the connection the entity manager
     * writes with (one shared connection per transaction), so the raise commits or rolls back with the account's
     * change, and the row's lock orders concurrent raises: a reader never sees the new marks under the old
     * generation.
     */
    public void raise() {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(RAISE)) {
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("marks_generation has no row (migration V18)");
            }
            signals.changing();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot raise the marks generation: " + e.getSQLState(), e);
        }
    }

    /**
     * The entity listener (META-INF/orm.xml: pre-update). JPA creates it itself, so it looks the bean up, as
     * {@link SealedNumberConverter} does. EclipseLink calls it for every account the transaction holds, changed or
     * not: the account's own flag says whether its marks moved.
     */
    public static class Listener {

        public void written(Object entity) {
            if (entity instanceof Account account && account.takeMarksChange()) {
                CDI.current().select(MarksGeneration.class).get().raise();
            }
        }
    }
}
