package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When each image goes, and how: the shipped settings (120 minutes, 30 days) and the tests' zero days. */
class RetentionPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final RetentionPolicy SHIPPED = new RetentionPolicy(120, 30);

    @Test
    void aDraftCountsForTheDraftMinutesAfterItsUpload() {
        assertEquals(Instant.parse("2026-11-21T12:00:00Z"), SHIPPED.draftExpiresAt(NOW));
    }

    @Test
    void imagesOfDecidedRequestsAreErasedTheRetentionDaysAfterTheDecision() {
        assertEquals(Instant.parse("2026-10-22T10:00:00Z"), SHIPPED.eraseImagesDecidedBefore(NOW));
        assertEquals("30 days after the decision", SHIPPED.decidedImageErasureNote());
    }

    @Test
    void endedPhoneLinksAreDeletedTheSameDaysAfterTheyEnded() {
        assertEquals(Instant.parse("2026-10-22T10:00:00Z"), SHIPPED.deleteLinksEndedBefore(NOW));
    }

    @Test
    void zeroDaysLetsEverythingDecidedOrEndedGoAtTheNextRun() {
        var immediate = new RetentionPolicy(120, 0);
        assertEquals(NOW, immediate.eraseImagesDecidedBefore(NOW));
        assertEquals(NOW, immediate.deleteLinksEndedBefore(NOW));
        assertEquals("0 days after the decision", immediate.decidedImageErasureNote());
    }
}
