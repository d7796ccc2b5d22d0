package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustmark.document.domain.DocumentAccess.Answer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may see an image: admins reviewing sent requests, or the owner of a draft previewing it. */
class DocumentAccessTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Long OWNER = 7L;
    private static final Long OTHER = 8L;

    @Test
    void anAdminReviewsAnyDocumentOfASentRequestThatStillHasItsImage() {
        assertEquals(Answer.OPEN, DocumentAccess.review(true, submitted()));
    }

    @Test
    void aMembersUnsentDraftIsNotFoundForAnAdmin() {
        assertEquals(Answer.NOT_FOUND, DocumentAccess.review(true, draft()));
    }

    @Test
    void aReviewOfAnErasedOrUnknownDocumentFindsNothing() {
        assertEquals(Answer.NOT_FOUND, DocumentAccess.review(true, erased()));
        assertEquals(Answer.NOT_FOUND, DocumentAccess.review(true, null));
    }

    @Test
    void whoIsNoAdminIsForbiddenEveryReviewWhetherOrNotTheDocumentExists() {
        assertEquals(Answer.FORBIDDEN, DocumentAccess.review(false, submitted()));
        assertEquals(Answer.FORBIDDEN, DocumentAccess.review(false, draft()));
        assertEquals(Answer.FORBIDDEN, DocumentAccess.review(false, null));
    }

    @Test
    void aMemberPreviewsTheirOwnDraft() {
        assertEquals(Answer.OPEN, DocumentAccess.preview(OWNER, draft()));
    }

    @Test
    void nobodyPreviewsAnotherMembersDraftOrASubmittedDocumentAndLearnsNothingOfIt() {
        assertEquals(Answer.NOT_FOUND, DocumentAccess.preview(OTHER, draft()));
        assertEquals(Answer.NOT_FOUND, DocumentAccess.preview(OWNER, submitted()));
        assertEquals(Answer.NOT_FOUND, DocumentAccess.preview(OWNER, erased()));
        assertEquals(Answer.NOT_FOUND, DocumentAccess.preview(OWNER, null));
    }

    @Test
    void aMembersArchiveHoldsTheirOwnImagesThatStillExistAndNobodyElses() {
        assertEquals(Answer.OPEN, DocumentAccess.own(OWNER, submitted()));
        assertEquals(Answer.OPEN, DocumentAccess.own(OWNER, draft()));
        assertEquals(Answer.NOT_FOUND, DocumentAccess.own(OTHER, submitted()));
        assertEquals(Answer.NOT_FOUND, DocumentAccess.own(OWNER, erased()));
        assertEquals(Answer.NOT_FOUND, DocumentAccess.own(OWNER, null));
    }

    private static StoredDocument draft() {
        return StoredDocument.draft(OWNER, DocumentKind.FACE, image(), sealed(), NOW, NOW.plusSeconds(3600));
    }

    private static StoredDocument submitted() {
        return new StoredDocument(42L, OWNER, DocumentKind.FACE, image(), sealed(), NOW);
    }

    private static StoredDocument erased() {
        var document = submitted();
        document.erase(NOW);
        return document;
    }

    private static SanitizedImage image() {
        return new SanitizedImage(new byte[] {1, 2, 3}, 640, 480, "ab".repeat(32), 0L);
    }

    private static Sealed sealed() {
        return new Sealed("k1", new byte[Sealed.NONCE_BYTES], new byte[Sealed.TAG_BYTES]);
    }
}
