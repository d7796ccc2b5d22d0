package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TierRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aCitizenApprovalVerifiesTheId() {
        var member = member("somchai");
        new VerificationRequest(member, Tier.CITIZEN, "3100600445635", 1L, NOW).approve(member("admin"), NOW, false);

        assertTrue(member.isIdVerified());
        assertEquals(new Marks(true, false), Marks.of(member.getIdVerifiedAt(), member.getTier()));
    }

    @Test
    void aTrustedApprovalWithTheIdDocumentMakesTheMemberCitizenToo() {
        var member = member("somchai");
        var request = new VerificationRequest(member, Tier.TRUSTED, "3100600445635", 1L, NOW);
        request.describeIdentity(card());
        request.describePassbook("นาย สมชาย ใจดี", "KBANK");

        assertEquals(ApprovalOutcome.APPROVED, request.approve(member("admin"), NOW, false));

        assertEquals(Tier.TRUSTED, member.getTier());
        assertTrue(
                member.isIdVerified(), "the forum's rule: a verified ID copy in a Trusted application makes a Citizen");
        assertEquals(new Marks(true, true), Marks.of(member.getIdVerifiedAt(), member.getTier()));
    }

    @Test
    void citizenToTrustedKeepsTheEarlierVerification() {
        var member = member("malee");
        member.markIdVerified(7L, NOW.minusSeconds(3600));
        member.changeTier(Tier.CITIZEN);
        var request = new VerificationRequest(member, Tier.TRUSTED, "3100600445635", 1L, NOW);
        request.reuseIdentityOf(7L);
        request.describePassbook("MALEE JAIDEE", "SCB");

        assertFalse(request.verifiesIdentity(), "no ID document in this request");
        request.approve(member("admin"), NOW, false);

        assertEquals(Tier.TRUSTED, member.getTier());
        assertEquals(7L, member.getIdVerifiedRequestId());
        assertEquals(NOW.minusSeconds(3600), member.getIdVerifiedAt());
    }

    @Test
    void fourEyesNeedsTwoDifferentAdmins() {
        var member = member("somchai");
        var request = new VerificationRequest(member, Tier.TRUSTED, "3100600445635", 1L, NOW);
        request.describeIdentity(card());

        assertEquals(ApprovalOutcome.FIRST_APPROVAL_RECORDED, request.approve(member("admin"), NOW, true));
        assertTrue(request.getStatus().open());
        assertEquals(Tier.REGISTERED, member.getTier());
        assertFalse(member.isIdVerified());

        assertThrows(SecondApproverRequiredException.class, () -> request.approve(member("Admin"), NOW, true));
        assertTrue(request.getStatus().open(), "the same admin cannot give the second approval");

        assertEquals(ApprovalOutcome.APPROVED, request.approve(member("admin2"), NOW.plusSeconds(5), true));
        assertEquals(Tier.TRUSTED, member.getTier());
        assertEquals("admin", request.getFirstApprovedBy().getUsername());
        assertEquals("admin2", request.getDecidedBy().getUsername());
    }

    @Test
    void onlyIdentityDocumentsDescribeAnIdentity() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new PrintedIdentity(
                        io.trustmark.document.domain.DocumentKind.FACE, "1", null, null, null, "MR", "A", "B", null));
    }

    static PrintedIdentity card() {
        return new PrintedIdentity(
                io.trustmark.document.domain.DocumentKind.ID_CARD_FRONT,
                "3100600445635",
                "นาย",
                "สมชาย",
                "ใจดี",
                "Mr.",
                "Somchai",
                "Jaidee",
                java.time.LocalDate.of(2030, 1, 1));
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

        request.approve(member("admin"), NOW.plusSeconds(60), false);

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

        var e = assertThrows(RequestAlreadyDecidedException.class, () -> request.approve(member("admin"), NOW, false));
        assertEquals(RequestStatus.WITHDRAWN, e.status());
        assertEquals(Tier.REGISTERED, member.getTier(), "a withdrawn request grants nothing");
        assertNull(request.getDecidedBy());
    }

    static Account member(String name) {
        return new Account(name, name + "@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
    }
}
