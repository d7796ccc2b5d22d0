package io.trustmark.forum.application;

import io.trustmark.membership.domain.Tier;

/** The head of a thread page. */
public record ThreadView(Long id, String title, String boardSlug, String author, Tier authorTier) {
}
