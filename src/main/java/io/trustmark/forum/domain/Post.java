package io.trustmark.forum.domain;

import io.trustmark.account.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

@Entity
public class Post {

    public static final int MAX_BODY = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "thread_id")
    private ForumThread thread;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Post() {
        // for JPA
    }

    public Post(ForumThread thread, Account author, String body, Instant now) {
        this.thread = thread;
        this.author = author;
        this.body = body.strip();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }
}
