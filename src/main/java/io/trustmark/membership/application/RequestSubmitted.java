package io.trustmark.membership.application;

/**
 * Fired synchronously inside the submitting transaction, after the request, its documents and its own
 * checks are written. Observers add further check results (image reuse, duplicate IDs) in the same
 * transaction, so a reviewer never sees a request without them.
 */
public record RequestSubmitted(Long requestId, Long accountId) {}
