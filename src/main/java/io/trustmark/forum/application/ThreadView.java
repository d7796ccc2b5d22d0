package io.trustmark.forum.application;

import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import java.time.Instant;

/** The head of a thread page; {@code posts} counts the opening post and the replies. */
public record ThreadView(Long id, String title, String boardSlug, String author, Marks authorMarks, long posts) {

    /** For the JPQL constructor expression, which cannot build the nested records. */
    public ThreadView(
            Long id,
            String title,
            String boardSlug,
            String author,
            Instant authorIdVerifiedAt,
            Tier authorTier,
            int replies) {
        this(id, title, boardSlug, author, Marks.of(authorIdVerifiedAt, authorTier), replies + 1L);
    }

    /** The same head without the author's marks (see {@code trustmark.forum.badges}). */
    ThreadView withoutMarks() {
        return new ThreadView(id, title, boardSlug, author, Marks.NONE, posts);
    }
}
