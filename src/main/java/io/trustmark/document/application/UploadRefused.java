package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentRefusedException;

/**
 * Fired (CDI event) each time the intake refuses an uploaded image, so that operations can count refusals
 * by reason without the intake knowing who counts.
 */
public record UploadRefused(DocumentRefusedException.Reason reason) {}
