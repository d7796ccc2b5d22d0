package io.trustmark.forum.application;

import io.trustmark.account.domain.Marks;
import java.time.Instant;

/** A post of a thread page; the author's tier comes with the same query that reads the page. */
public record PostRow(Long id, String author, Marks authorMarks, String body, Instant createdAt) {}
