package io.trustmark.forum.application;

import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import java.time.Instant;

/** The head of a thread page. */
public record ThreadView(Long id, String title, String boardSlug, String author, Marks authorMarks) {

    /** For the JPQL constructor expression, which cannot build the nested {@link Marks}. */
    public ThreadView(
            Long id, String title, String boardSlug, String author, Instant authorIdVerifiedAt, Tier authorTier) {
        this(id, title, boardSlug, author, Marks.of(authorIdVerifiedAt, authorTier));
    }
}
