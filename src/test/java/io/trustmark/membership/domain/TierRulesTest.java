package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TierRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void onlyTiersRestingOnAVerifiedIdShowTheMark() {
        assertFalse(Tier.REGISTERED.idVerified());
        assertTrue(Tier.CITIZEN.idVerified());
        assertTrue(Tier.TRUSTED.idVerified(), "a Trusted member's ID was verified, so they are a Citizen too");
    }

    @Test
    void approvalNeverLowersATier() {
        assertEquals(Tier.CITIZEN, Tier.REGISTERED.upgradedTo(Tier.CITIZEN));
        assertEquals(Tier.TRUSTED, Tier.CITIZEN.upgradedTo(Tier.TRUSTED));
        assertEquals(Tier.TRUSTED, Tier.TRUSTED.upgradedTo(Tier.CITIZEN));
    }

    @Test
    void approvingMakesTheMemberCitizenAndClosesTheRequest() {
        var member = member("somchai");
        var request = new VerificationRequest(member, Tier.CITIZEN, "3100600445635", 1L, NOW);
        assertTrue(request.getStatus().open());

        request.approve(member("admin"), NOW.plusSeconds(60));

        assertEquals(RequestStatus.APPROVED, request.getStatus());
        assertEquals(Tier.CITIZEN, member.getTier());
        assertEquals(NOW.plusSeconds(60), request.getDecidedAt());
        assertEquals("admin", request.getDecidedBy().getUsername());
    }

    @Test
    void rejectionNeedsAReasonAndLeavesTheTier() {
        var member = member("malee");
        var request = new VerificationRequest(member, Tier.CITIZEN, "3100600445635", 1L, NOW);

        assertThrows(IllegalArgumentException.class, () -> request.reject(member("admin"), "  ", NOW));
        assertTrue(request.getStatus().open(), "a refused rejection changes nothing");

        request.reject(member("admin"), " The photo is blurred ", NOW);
        assertEquals(RequestStatus.REJECTED, request.getStatus());
        assertEquals("The photo is blurred", request.getDecisionReason());
        assertEquals(Tier.REGISTERED, member.getTier());
    }

    @Test
    void aClosedRequestCannotBeDecidedAgain() {
        var member = member("somchai");
        var request = new VerificationRequest(member, Tier.CITIZEN, "3100600445635", 1L, NOW);
        request.withdraw(NOW);

        var e = assertThrows(RequestAlreadyDecidedException.class, () -> request.approve(member("admin"), NOW));
        assertEquals(RequestStatus.WITHDRAWN, e.status());
        assertEquals(Tier.REGISTERED, member.getTier(), "a withdrawn request grants nothing");
        assertNull(request.getDecidedBy());
    }

    static Account member(String name) {
        return new Account(name, name + "@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
    }
}
