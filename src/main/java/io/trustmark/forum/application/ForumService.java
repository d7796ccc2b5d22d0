package io.trustmark.forum.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import io.trustmark.forum.domain.Board;
import io.trustmark.forum.domain.ForumThread;
import io.trustmark.forum.domain.Post;
import io.trustmark.forum.domain.PostingRules;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.persistence.ChangeSignals;
import io.trustmark.platform.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reading and writing the forum. Lists are read with one query per page that carries each author's
 * tier, so showing the Citizen mark costs nothing per row; the page's count comes with the board or thread
 * (kept there on every write), never from counting rows.
 */
@ApplicationScoped
public class ForumService {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    ChangeSignals signals;

    /**
     * Whether lists show the authors' marks. Always on in use; off only to measure what the marks cost
     * (bench/forum-bench.sh), the pages and their cache checks then leave the accounts' marks out.
     */
    @Inject
    @ConfigProperty(name = "trustmark.forum.badges", defaultValue = "true")
    boolean badges;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Board> boards() {
        return em.createQuery("select b from Board b order by b.position", Board.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Board> board(String slug) {
        return em.createQuery("select b from Board b where b.slug = :s", Board.class)
                .setParameter("s", slug)
                .getResultStream()
                .findFirst();
    }

    /**
     * Page {@code page} of the board's threads, most recently active first; one past the end (see
     * {@link Page#holds}) comes back empty. One statement: the page's first key, the rows and their authors'
     * marks (the badges) together.
     * <p>
     * Why a skip to the page's first key and not a position column: a board is ordered by last activity, which
     * every reply changes, so a stored position would have to be renumbered for up to the whole board on each
     * reply. Skipping {@code (page - 1) * size} entries of the index {@code (board_id, last_activity_at, id)}
     * reads the index alone (no table rows), and the page is then a key range from that key: page numbers stay
     * plain links, and rows outside the page are never fetched. The key comes from a WITH read by scalar
     * subqueries, so that PostgreSQL skips once and then seeks the index from the key (joined to the key instead,
     * it walked the board from its top: 290 ms for page 2,000 instead of the skip's 60).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ThreadRow> threads(Board board, int page, int size) {
        var total = board.getThreadCount();
        if (!Page.holds(page, total, size)) {
            return new Page<>(List.of(), page, size, total);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH k AS (SELECT s.last_activity_at AS at, s.id AS sid FROM forum_thread s WHERE s.board_id = ?1
                                   ORDER BY s.last_activity_at DESC, s.id DESC LIMIT 1 OFFSET ?2)
                        SELECT t.id, t.title, a.username, a.id_verified_at, a.tier, t.reply_count, t.last_activity_at
                        FROM forum_thread t JOIN account a ON a.id = t.author_id
                        WHERE t.board_id = ?1 AND t.last_activity_at <= (SELECT at FROM k)
                              AND (t.last_activity_at < (SELECT at FROM k) OR t.id <= (SELECT sid FROM k))
                        ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ?3""")
                .setParameter(1, board.getId())
                .setParameter(2, (long) (page - 1) * size)
                .setParameter(3, size)
                .getResultList();
        var items = rows.stream()
                .map(r -> new ThreadRow(
                        number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        marks(r[3], r[4]),
                        (int) number(r[5]),
                        Columns.instant(r[6])))
                .toList();
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ThreadView> thread(Long id) {
        return em.createQuery("""
                        select new io.trustmark.forum.application.ThreadView(t.id, t.title, b.slug, a.username, a.idVerifiedAt, a.tier, t.replyCount)
                        from ForumThread t join t.author a join t.board b where t.id = :id""", ThreadView.class)
                .setParameter("id", id)
                .getResultStream()
                .map(view -> badges ? view : view.withoutMarks())
                .findFirst();
    }

    /**
     * Page {@code page} of the thread's posts, oldest first; one past the end (see {@link Page#holds}) comes
     * back empty. One statement, found like {@link #threads}' pages (a thread is short next to a board, but
     * one way for both lists); {@code postCount} is the thread's own (see {@link ThreadView#posts()}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PostRow> posts(Long threadId, long postCount, int page, int size) {
        if (!Page.holds(page, postCount, size)) {
            return new Page<>(List.of(), page, size, postCount);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH k AS (SELECT s.created_at AS at, s.id AS sid FROM post s WHERE s.thread_id = ?1
                                   ORDER BY s.created_at, s.id LIMIT 1 OFFSET ?2)
                        SELECT p.id, a.username, a.id_verified_at, a.tier, p.body, p.created_at
                        FROM post p JOIN account a ON a.id = p.author_id
                        WHERE p.thread_id = ?1 AND p.created_at >= (SELECT at FROM k)
                              AND (p.created_at > (SELECT at FROM k) OR p.id >= (SELECT sid FROM k))
                        ORDER BY p.created_at, p.id LIMIT ?3""")
                .setParameter(1, threadId)
                .setParameter(2, (long) (page - 1) * size)
                .setParameter(3, size)
                .getResultList();
        var items = rows.stream()
                .map(r -> new PostRow(
                        number(r[0]), (String) r[1], marks(r[2], r[3]), (String) r[4], Columns.instant(r[5])))
                .toList();
        return new Page<>(items, page, size, postCount);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long postCount(Long threadId) {
        return em.createQuery("select t.replyCount from ForumThread t where t.id = :t", Integer.class)
                .setParameter("t", threadId)
                .getResultStream()
                .findFirst()
                .map(replies -> replies + 1L)
                .orElse(0L);
    }

    /**
     * What a kept page of the board shows depends on: its threads (the count and the change counter, both raised in
     * the transaction that changes them) and the authors' marks (the marks generation, raised in the transaction of
     * every change of a member's marks or shown name: {@code account.infrastructure.MarksGeneration}). One statement,
     * read from the database every node shares (or kept since the last change, see {@link #stamp}). Empty for a
     * board that does not exist.
     */
    public Optional<List<Long>> boardStamp(String slug) {
        return stamp(
                badges ? BOARD_STAMP : BOARD_STAMP_UNMARKED,
                slug,
                r -> List.of(r.getLong(1), r.getLong(2), r.getLong(3)));
    }

    /**
     * The same for a thread page: its title (the URL is checked against it), its version (raised by every
     * reply) and the marks generation. Empty for a thread that does not exist.
     */
    public Optional<ThreadStamp> threadStamp(Long id) {
        return stamp(
                badges ? THREAD_STAMP : THREAD_STAMP_UNMARKED,
                id,
                r -> new ThreadStamp(id, r.getString(1), List.of(r.getLong(2), r.getLong(3))));
    }

    /** A thread's title and what a kept page of it depends on (see {@link #threadStamp}). */
    public record ThreadStamp(Long id, String title, List<Long> stamp) {}

    // With the badges off a page depends on no account: the stamps leave the generation out (0).
    static final String BOARD_STAMP =
            "SELECT b.thread_count, b.changes, g.generation FROM board b CROSS JOIN marks_generation g WHERE b.slug = ?";
    static final String BOARD_STAMP_UNMARKED = "SELECT b.thread_count, b.changes, 0 FROM board b WHERE b.slug = ?";
    static final String THREAD_STAMP =
            "SELECT t.title, t.version, g.generation FROM forum_thread t CROSS JOIN marks_generation g WHERE t.id = ?";
    static final String THREAD_STAMP_UNMARKED = "SELECT t.title, t.version, 0 FROM forum_thread t WHERE t.id = ?";

    /**
     * One stamp statement, on a guest's request for a kept page, unless this node read the same stamp since the last
     * change anywhere ({@link ChangeSignals}: PostgreSQL tells every node after each commit that moves a stamp); on
     * H2, or while a node does not listen, on every request. Why keep it: served again, a page's whole cost was this
     * statement and the pool's hand-over of a connection (measured warm: 41-43 % of the static file's throughput
     * with it). Plain JDBC on the application's data source, not the entity manager: outside a transaction the
     * container's entity manager opens a persistence context per call. The text is constant, so the driver keeps it
     * prepared per connection.
     */
    private <T> Optional<T> stamp(String sql, Object key, Row<T> row) {
        long epoch = signals.epoch();
        var name = new StampKey(sql, key);
        if (epoch != ChangeSignals.NOT_LISTENING) {
            var kept = keptStamps.get(name);
            if (kept != null && kept.epoch() == epoch) {
                @SuppressWarnings("unchecked")
                var value = (T) kept.value();
                return Optional.of(value);
            }
        }
        Optional<T> read;
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (var rows = statement.executeQuery()) {
                read = rows.next() ? Optional.of(row.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a forum page's stamp: " + e.getSQLState(), e);
        }
        // Only what exists is kept (ids nobody has are not), and at most KEPT_STAMPS of them: a flood of distinct
        // pages empties the map rather than growing it.
        if (epoch != ChangeSignals.NOT_LISTENING && read.isPresent()) {
            if (keptStamps.size() >= KEPT_STAMPS) {
                keptStamps.clear();
            }
            keptStamps.put(name, new KeptStamp(epoch, read.get()));
        }
        return read;
    }

    private static final int KEPT_STAMPS = 20_000;

    /** Stamps this node read, each under the {@link ChangeSignals#epoch()} it was read at. */
    private final Map<StampKey, KeptStamp> keptStamps = new ConcurrentHashMap<>();

    private record StampKey(String sql, Object key) {}

    private record KeptStamp(long epoch, Object value) {}

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Marks marks(Object idVerifiedAt, Object tier) {
        return badges ? Marks.of(Columns.instant(idVerifiedAt), Tier.valueOf((String) tier)) : Marks.NONE;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Why the member may not start a thread on the board (a message key), or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> refusalToStartThread(String username, Board board) {
        return accounts.byUsername(username).flatMap(member -> PostingRules.refusalToStartThread(member, board));
    }

    @Transactional
    public Long startThread(String username, String boardSlug, String title, String body) {
        var author = member(username);
        var board = board(boardSlug).orElseThrow(() -> new RefusedException("forum.board.unknown"));
        PostingRules.refusalToStartThread(author, board).ifPresent(key -> {
            throw new RefusedException(key);
        });
        var now = Instant.now(clock);
        var thread = new ForumThread(board, author, title, now);
        em.persist(thread);
        em.persist(new Post(thread, author, body, now));
        boardChanged(board.getId(), 1);
        return thread.getId();
    }

    @Transactional
    public void reply(String username, Long threadId, String body) {
        var author = member(username);
        PostingRules.refusalToReply(author).ifPresent(key -> {
            throw new RefusedException(key);
        });
        // Locked so that concurrent replies each count.
        var thread = em.find(ForumThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null) {
            throw new RefusedException("forum.thread.unknown");
        }
        var now = Instant.now(clock);
        thread.replied(now);
        em.persist(new Post(thread, author, body, now));
        boardChanged(thread.getBoard().getId(), 0);
    }

    /**
     * Counted in the same transaction as the change, so a board page cached on any node sees it at once. Every
     * reply of a board waits here for the one before to commit: short transactions, and the price of a stamp
     * that needs no clock.
     */
    private void boardChanged(Long boardId, int newThreads) {
        em.createNativeQuery("UPDATE board SET thread_count = thread_count + ?1, changes = changes + 1 WHERE id = ?2")
                .setParameter(1, newThreads)
                .setParameter(2, boardId)
                .executeUpdate();
        signals.changing();
    }

    private Account member(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new RefusedException("forum.refused.signIn"));
    }
}
