package io.trustmark.forum.application;

import io.trustmark.account.domain.Marks;
import java.time.Instant;

/** A line of a thread list; the author's tier comes with the same query that reads the page. */
public record ThreadRow(Long id, String title, String author, Marks authorMarks, int replies, Instant lastActivity) {}
