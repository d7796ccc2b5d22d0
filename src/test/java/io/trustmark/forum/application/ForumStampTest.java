package io.trustmark.forum.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.platform.persistence.ChangeSignals;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * forumfast: the stamps guests' kept pages are checked against, with their real statements on H2 (PostgreSQL mode):
 * they move with a new post and with the marks generation (an approval or revocation anywhere), and only then.
 */
class ForumStampTest {

    private final JdbcDataSource source = new JdbcDataSource();
    private final ForumService forum = new ForumService();

    @BeforeEach
    void schema() throws Exception {
        source.setURL("jdbc:h2:mem:stamp" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        execute("CREATE TABLE board (id BIGINT PRIMARY KEY, slug VARCHAR(40), thread_count BIGINT, changes BIGINT)");
        execute("CREATE TABLE forum_thread (id BIGINT PRIMARY KEY, title VARCHAR(200), version BIGINT)");
        execute("INSERT INTO board VALUES (1, 'general', 7, 3)");
        execute("INSERT INTO forum_thread VALUES (482, 'Selling my camera', 4)");
        execute(Files.readString(Path.of("sql/V18__marks_generation.sql")));
        forum.dataSource = source;
        forum.signals = new ChangeSignals(); // not listening (no PostgreSQL): every stamp is read
        forum.badges = true;
    }

    @Test
    void aBoardsStampMovesWithItsPostsAndTheMarksGeneration() throws Exception {
        var first = forum.boardStamp("general").orElseThrow();
        assertEquals(java.util.List.of(7L, 3L, 0L), first);
        assertEquals(first, forum.boardStamp("general").orElseThrow(), "nothing changed: the kept page holds");
        execute("UPDATE marks_generation SET generation = generation + 1"); // an approval or revocation
        var approved = forum.boardStamp("general").orElseThrow();
        assertNotEquals(first, approved);
        execute("UPDATE board SET changes = changes + 1"); // a reply
        assertNotEquals(approved, forum.boardStamp("general").orElseThrow());
        assertTrue(forum.boardStamp("nosuchboard").isEmpty(), "a 404");
    }

    @Test
    void aThreadsStampCarriesItsTitleAndMovesWithTheMarksGeneration() throws Exception {
        var first = forum.threadStamp(482L).orElseThrow();
        assertEquals("Selling my camera", first.title());
        assertEquals(java.util.List.of(4L, 0L), first.stamp());
        execute("UPDATE marks_generation SET generation = generation + 1");
        assertEquals(
                java.util.List.of(4L, 1L), forum.threadStamp(482L).orElseThrow().stamp());
        assertTrue(forum.threadStamp(483L).isEmpty());
    }

    @Test
    void withTheBadgesOffNoAccountMatters() throws Exception {
        forum.badges = false;
        var first = forum.boardStamp("general").orElseThrow();
        execute("UPDATE marks_generation SET generation = generation + 1");
        assertEquals(first, forum.boardStamp("general").orElseThrow());
    }

    @Test
    void whileTheNodeListensAStampIsKeptUntilTheSignalsMove() throws Exception {
        var signals = new ChangeSignals() {
            long epoch = 1;

            @Override
            public long epoch() {
                return epoch;
            }
        };
        forum.signals = signals;
        var first = forum.boardStamp("general").orElseThrow();
        execute("UPDATE board SET changes = changes + 1"); // committed, its notification not yet arrived
        assertEquals(first, forum.boardStamp("general").orElseThrow(), "kept: no statement until a signal");
        signals.epoch++; // the notification
        var read = forum.boardStamp("general").orElseThrow();
        assertEquals(java.util.List.of(7L, 4L, 0L), read, "read again after the signal");
        assertTrue(forum.boardStamp("nosuchboard").isEmpty());
        execute("INSERT INTO board VALUES (2, 'nosuchboard', 0, 0)"); // a missing page is never kept
        assertTrue(forum.boardStamp("nosuchboard").isPresent(), "a board created since is found without a signal");
    }

    private void execute(String sql) throws Exception {
        try (var c = source.getConnection();
                var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
