package io.trustmark.privacy.application;

import java.time.Instant;

/** One opening of one of the member's documents: by whom and when (an audit row read for the member). */
public record DocumentView(Instant at, String viewer, Long documentId, String documentKind, Long requestId) {}
