package io.trustmark.forum.domain;

import io.trustmark.account.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A thread: its first post is the opening message; replies and last activity are kept for the lists. */
@Entity
@Table(name = "forum_thread")
public class ForumThread {

    public static final int MAX_TITLE = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Version
    private long version;

    protected ForumThread() {
        // for JPA
    }

    public ForumThread(Board board, Account author, String title, Instant now) {
        this.board = board;
        this.author = author;
        this.title = title.strip();
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    public void replied(Instant now) {
        replyCount++;
        lastActivityAt = now;
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public Account getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }
}
