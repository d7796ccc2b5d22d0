package io.trustmark.forum.application;

import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import java.time.Instant;

/** A line of a thread list; the author's tier comes with the same query that reads the page. */
public record ThreadRow(Long id, String title, String author, Marks authorMarks, int replies, Instant lastActivity) {

    /** For the JPQL constructor expression, which cannot build the nested {@link Marks}. */
    public ThreadRow(
            Long id,
            String title,
            String author,
            Instant authorIdVerifiedAt,
            Tier authorTier,
            int replies,
            Instant lastActivity) {
        this(id, title, author, Marks.of(authorIdVerifiedAt, authorTier), replies, lastActivity);
    }
}
