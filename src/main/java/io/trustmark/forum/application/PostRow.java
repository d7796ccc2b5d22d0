package io.trustmark.forum.application;

import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import java.time.Instant;

public record PostRow(Long id, String author, Marks authorMarks, String body, Instant createdAt) {

    /** For the JPQL constructor expression, which cannot build the nested {@link Marks}. */
    public PostRow(
            Long id, String author, Instant authorIdVerifiedAt, Tier authorTier, String body, Instant createdAt) {
        this(id, author, Marks.of(authorIdVerifiedAt, authorTier), body, createdAt);
    }
}
