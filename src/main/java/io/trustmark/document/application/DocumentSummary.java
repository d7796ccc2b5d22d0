package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentKind;
import java.time.Instant;

/** What a page needs to show a stored document, without its sealed bytes. */
public record DocumentSummary(Long id, DocumentKind kind, int width, int height, Instant erasedAt) {

    /** The image was erased (retention, or a withdrawal); the row is still shown. */
    public boolean erased() {
        return erasedAt != null;
    }
}
