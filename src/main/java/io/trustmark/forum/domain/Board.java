package io.trustmark.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A board of the forum. Its name and description come from the resource bundles
 * ({@code board.<slug>.name}), so they follow the reader's language. A sale board only accepts new
 * threads from members whose ID was verified.
 */
@Entity
public class Board {

    @Id
    private Long id;

    private String slug;

    private boolean sale;

    private int position;

    /** Kept by the forum's writes in the same transaction (see ForumService), so the pager never counts rows. */
    @Column(name = "thread_count", insertable = false, updatable = false)
    private long threadCount;

    protected Board() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public boolean isSale() {
        return sale;
    }

    public int getPosition() {
        return position;
    }

    public long getThreadCount() {
        return threadCount;
    }
}
