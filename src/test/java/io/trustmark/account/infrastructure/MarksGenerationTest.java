package io.trustmark.account.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trustmark.platform.persistence.ChangeSignals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The marks generation's statement on the V18 schema (H2 in PostgreSQL mode, as the tests' database). */
class MarksGenerationTest {

    @Test
    void eachRaiseMovesTheGenerationByOneAndARolledBackOneNot() throws Exception {
        var source = new JdbcDataSource();
        source.setURL(
                "jdbc:h2:mem:marks" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (var c = source.getConnection();
                var s = c.createStatement()) {
            s.execute(Files.readString(Path.of("sql/V18__marks_generation.sql")));
        }
        var marks = new MarksGeneration();
        marks.dataSource = source;
        marks.signals = new ChangeSignals();
        assertEquals(0, generation(source.getConnection()));
        marks.raise();
        marks.raise();
        assertEquals(2, generation(source.getConnection()));

        try (var c = source.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.prepareStatement(MarksGeneration.RAISE)) {
                s.executeUpdate();
            }
            c.rollback();
        }
        assertEquals(2, generation(source.getConnection()), "raised with a change that rolled back: not raised");
    }

    @Test
    void aDatabaseWithoutTheRowIsAnErrorNotASilentNoOp() throws Exception {
        var source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:nomarks" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        try (var c = source.getConnection();
                var s = c.createStatement()) {
            s.execute("CREATE TABLE marks_generation (id SMALLINT PRIMARY KEY, generation BIGINT NOT NULL)");
        }
        var marks = new MarksGeneration();
        marks.dataSource = source;
        marks.signals = new ChangeSignals();
        assertThrows(IllegalStateException.class, marks::raise);
    }

    private static long generation(Connection connection) throws SQLException {
        try (connection;
                var s = connection.createStatement();
                var rows = s.executeQuery("SELECT generation FROM marks_generation")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
