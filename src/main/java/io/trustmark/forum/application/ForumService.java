package io.trustmark.forum.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.domain.Account;
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
import java.util.List;
import java.util.Optional;

/**
 * Reading and writing the forum. Lists are read with one query per page that carries each author's
 * tier, so showing the Citizen mark costs nothing per row.
 */
@ApplicationScoped
public class ForumService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

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

    /** Page {@code page} of the board's threads; one past the end (see {@link Page#holds}) comes back empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ThreadRow> threads(Board board, int page, int size) {
        var total = em.createQuery("select count(t) from ForumThread t where t.board = :b", Long.class)
                .setParameter("b", board)
                .getSingleResult();
        if (!Page.holds(page, total, size)) {
            return new Page<>(List.of(), page, size, total);
        }
        var items = em.createQuery("""
                        select new io.trustmark.forum.application.ThreadRow(t.id, t.title, a.username, a.idVerifiedAt, a.tier, t.replyCount, t.lastActivityAt)
                        from ForumThread t join t.author a
                        where t.board = :b order by t.lastActivityAt desc, t.id desc""", ThreadRow.class)
                .setParameter("b", board)
                .setFirstResult((page - 1) * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ThreadView> thread(Long id) {
        return em.createQuery("""
                        select new io.trustmark.forum.application.ThreadView(t.id, t.title, b.slug, a.username, a.idVerifiedAt, a.tier)
                        from ForumThread t join t.author a join t.board b where t.id = :id""", ThreadView.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** Page {@code page} of the thread's posts; one past the end (see {@link Page#holds}) comes back empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PostRow> posts(Long threadId, int page, int size) {
        var total = postCount(threadId);
        if (!Page.holds(page, total, size)) {
            return new Page<>(List.of(), page, size, total);
        }
        var items = em.createQuery("""
                        select new io.trustmark.forum.application.PostRow(p.id, a.username, a.idVerifiedAt, a.tier, p.body, p.createdAt)
                        from Post p join p.author a
                        where p.thread.id = :t order by p.createdAt, p.id""", PostRow.class)
                .setParameter("t", threadId)
                .setFirstResult((page - 1) * size)
                .setMaxResults(size)
                .getResultList();
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long postCount(Long threadId) {
        return em.createQuery("select count(p) from Post p where p.thread.id = :t", Long.class)
                .setParameter("t", threadId)
                .getSingleResult();
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
    }

    private Account member(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new RefusedException("forum.refused.signIn"));
    }
}
