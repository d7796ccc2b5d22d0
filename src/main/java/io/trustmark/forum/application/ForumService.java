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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

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
                        SELECT t.id, t.title, a.username, a.id_verified_at, a.tier, t.reply_count, t.last_activity_at,
                               a.id, a.version
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
                        Columns.instant(r[6]),
                        author(r[7], r[8])))
                .toList();
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ThreadView> thread(Long id) {
        return em.createQuery("""
                        select new io.trustmark.forum.application.ThreadView(t.id, t.title, b.slug, a.username, a.idVerifiedAt, a.tier, t.replyCount, a.id, a.version)
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
                        SELECT p.id, a.username, a.id_verified_at, a.tier, p.body, p.created_at, a.id, a.version
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
                        number(r[0]),
                        (String) r[1],
                        marks(r[2], r[3]),
                        (String) r[4],
                        Columns.instant(r[5]),
                        author(r[6], r[7])))
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
     * What a cached page of the board shows depends on: its threads (the count and the change counter, both
     * raised in the transaction that changes them) and the marks of the authors on it ({@code authors}: any
     * change to an account raises its version, and versions only grow, so their sum moves with any of them).
     * One statement, on the database every node shares. Empty for a board that does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<Long>> boardStamp(String slug, Collection<Long> authors) {
        return stamp("SELECT b.thread_count, b.changes, %s FROM board b WHERE b.slug = ?1", slug, authors)
                .map(r -> List.of(number(r[0]), number(r[1]), number(r[2])));
    }

    /**
     * The same for a thread page: its title (the URL is checked against it), its version (raised by every
     * reply) and the authors' versions. Empty for a thread that does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ThreadStamp> threadStamp(Long id, Collection<Long> authors) {
        return stamp("SELECT t.title, t.version, %s FROM forum_thread t WHERE t.id = ?1", id, authors)
                .map(r -> new ThreadStamp(id, (String) r[0], List.of(number(r[1]), number(r[2]))));
    }

    /** A thread's title and what a cached page of it depends on (see {@link #threadStamp}). */
    public record ThreadStamp(Long id, String title, List<Long> stamp) {}

    private Optional<Object[]> stamp(String sql, Object key, Collection<Long> authors) {
        var ids = badges ? List.copyOf(authors) : List.<Long>of();
        var sum = ids.isEmpty()
                ? "0"
                : "(SELECT COALESCE(SUM(a.version), 0) FROM account a WHERE a.id IN ("
                        + String.join(
                                ", ",
                                java.util.stream.IntStream.range(0, ids.size())
                                        .mapToObj(i -> "?" + (i + 2))
                                        .toList())
                        + "))";
        var query = em.createNativeQuery(sql.formatted(sum)).setParameter(1, key);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst();
    }

    /** With the badges off a page depends on no account, and its stamps leave the versions out (0). */
    private AuthorStamp author(Object id, Object version) {
        return new AuthorStamp(number(id), badges ? number(version) : 0);
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
    }

    private Account member(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new RefusedException("forum.refused.signIn"));
    }
}
