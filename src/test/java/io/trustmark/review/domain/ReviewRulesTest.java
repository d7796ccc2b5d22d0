package io.trustmark.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.RequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workbench's rules that need no container: attempts, step-up, SLA, reasons and tier changes. */
class ReviewRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void stepUpIsNeededAfterTheIdleTimeOrWithoutAnyConfirmation() {
        var rule = StepUpRule.minutes(15);
        assertTrue(rule.required(null, NOW));
        assertFalse(rule.required(NOW.minus(Duration.ofMinutes(15)), NOW));
        assertTrue(rule.required(NOW.minus(Duration.ofMinutes(15)).minusSeconds(1), NOW));
        assertThrows(IllegalArgumentException.class, () -> StepUpRule.minutes(0));
    }

    @Test
    void overdueAfterTheSla() {
        var sla = new Sla(24);
        assertFalse(sla.overdue(NOW.minus(Duration.ofHours(24)), NOW));
        assertTrue(sla.overdue(NOW.minus(Duration.ofHours(24)).minusSeconds(60), NOW));
        assertEquals(50, sla.percentUsed(NOW.minus(Duration.ofHours(12)), NOW));
        assertThrows(IllegalArgumentException.class, () -> new Sla(0));
    }

    @Test
    void decisionReasonsStoreNothingBlankAndReadAsTheMemberSeesThem() {
        var blank = new DecisionReason(" ", "\t", "");
        assertNull(blank.code());
        assertNull(blank.freeText());
        assertNull(blank.staffNote());
        assertFalse(blank.givesMemberAReason());
        var both = new DecisionReason("BLURRED", "  Hold it flat. ", "note");
        assertTrue(both.givesMemberAReason());
        assertEquals("Too dark.\n\nHold it flat.", both.memberText("Too dark."));
        assertEquals("Hold it flat.", both.memberText(null));
        assertEquals("Too dark.", new DecisionReason("BLURRED", null, null).memberText("Too dark."));
        assertThrows(IllegalArgumentException.class, () -> new DecisionReason(null, "x".repeat(491), null));
    }

    @Test
    void reasonsAreReadInTheReadersLanguage() {
        var reason = new ReviewReason("BLURRED", ReasonUse.RESUBMIT, " Blurred ", "ภาพเบลอ", 1);
        assertEquals("Blurred", reason.text(Locale.ENGLISH));
        assertEquals("ภาพเบลอ", reason.text(Locale.forLanguageTag("th-TH")));
        assertEquals("Blurred", reason.text(Locale.JAPANESE), "English for every other language");
    }

    @Test
    void aReasonAboutOneDocumentFitsOnlyRequestsWithThatDocument() {
        var passbook = new ReviewReason(
                "PASSBOOK_NAME_HIDDEN", ReasonUse.RESUBMIT, DocumentKind.PASSBOOK, "Name hidden", "ชื่อถูกบัง", 210);
        var citizenRequest = Set.of(DocumentKind.ID_CARD_FRONT);
        var trustedFromCitizen = Set.of(DocumentKind.FACE, DocumentKind.PASSBOOK);
        assertFalse(passbook.fits(citizenRequest), "no passbook reason for a request without a passbook");
        assertTrue(passbook.fits(trustedFromCitizen));
        var anyDocument = new ReviewReason("BLURRED", ReasonUse.RESUBMIT, "Blurred", "ภาพเบลอ", 10);
        assertTrue(anyDocument.fits(citizenRequest));
        assertTrue(anyDocument.fits(trustedFromCitizen));
        assertTrue(anyDocument.fits(Set.of()), "a reason without a kind fits even a request without documents");
    }

    @Test
    void aReasonForLoweringATierConcernsNoDocument() {
        var tier = new ReviewReason("MISUSE", ReasonUse.TIER, DocumentKind.FACE, "Misuse", "ใช้ในทางที่ผิด", 70);
        assertNull(tier.getDocumentKind());
        assertTrue(tier.fits(Set.of()));
        var resubmit = new ReviewReason("FACE_NOT_CLEAR", ReasonUse.RESUBMIT, DocumentKind.FACE, "Face", "ใบหน้า", 110);
        resubmit.change(ReasonUse.TIER, DocumentKind.FACE, "Face", "ใบหน้า", true, 110);
        assertNull(resubmit.getDocumentKind(), "made a tier reason, it loses its document");
    }

    @Test
    void tiersAreLoweredOnlyDownwardsAndWithAReason() {
        var reason = new DecisionReason("MISUSE", null, null);
        var change = TierChange.lowered(7L, Tier.CITIZEN, Tier.REGISTERED, 1L, reason, NOW);
        assertEquals(Tier.REGISTERED, change.getToTier());
        assertEquals("MISUSE", change.getReasonCode());
        assertThrows(
                IllegalArgumentException.class,
                () -> TierChange.lowered(7L, Tier.CITIZEN, Tier.TRUSTED, 1L, reason, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> TierChange.lowered(7L, Tier.CITIZEN, Tier.CITIZEN, 1L, reason, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> TierChange.lowered(7L, Tier.TRUSTED, Tier.CITIZEN, 1L, DecisionReason.NONE, NOW));
    }

    @Test
    void flagsComeFromTheirChecksAndOutcomesFromTheirStatus() {
        assertEquals(QueueFlag.NUMBER_MISMATCH, QueueFlag.forCheck("NUMBER_MATCH"));
        assertEquals(QueueFlag.NAME_MISMATCH, QueueFlag.forCheck("PASSBOOK_NAME"));
        assertEquals(QueueFlag.IMAGE_REUSED, QueueFlag.forCheck("IMAGE_REUSE"));
        assertEquals(QueueFlag.DUPLICATE_ID, QueueFlag.forCheck("DUPLICATE_ID"));
        assertNull(QueueFlag.forCheck("EXPIRY"));
        assertEquals(RequestStatus.RESUBMIT, DecisionOutcome.RESUBMIT.status());
        assertFalse(DecisionOutcome.APPROVED.needsReason());
        assertEquals(ReasonUse.REJECT, DecisionOutcome.REJECTED.reasonUse());
        assertEquals(
                QueueSort.SUBMITTED,
                QueueSort.ofField("password_hash; drop table account"),
                "unknown columns are ignored");
    }
}
