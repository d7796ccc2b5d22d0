package io.trustmark.api.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustmark.account.domain.Tier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublicMemberTest {

    private static final Instant VERIFIED = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void theGreenCFollowsTheVerifiedIdNotTheTier() {
        assertEquals(new PublicMember("a", Tier.CITIZEN, true, false), new PublicMember("a", Tier.CITIZEN, VERIFIED));
        assertEquals(
                new PublicMember("a", Tier.REGISTERED, false, false), new PublicMember("a", Tier.REGISTERED, null));
        assertEquals(
                new PublicMember("a", Tier.TRUSTED, false, true),
                new PublicMember("a", Tier.TRUSTED, null),
                "Trusted from a passport without a verified ID card: the T without the C");
        assertEquals(new PublicMember("a", Tier.TRUSTED, true, true), new PublicMember("a", Tier.TRUSTED, VERIFIED));
    }
}
