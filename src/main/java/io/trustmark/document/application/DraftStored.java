package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentKind;

/**
 * A draft was stored (from the wizard or a phone): fired in the storing transaction, so an observer after success
 * knows the image is there. Machine reading (membership) starts from it; the document feature need not know it.
 */
public record DraftStored(Long ownerId, Long documentId, DocumentKind kind) {}
