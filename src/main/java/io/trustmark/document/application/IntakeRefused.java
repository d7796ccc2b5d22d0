package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentRefusedException;

/**
 * Fired synchronously when the intake refuses an upload, before the refusal is thrown. Whoever counts
 * refusals (the operations metrics) observes it, so the document store need not know who is counting.
 */
public record IntakeRefused(DocumentRefusedException.Reason reason) {
}
