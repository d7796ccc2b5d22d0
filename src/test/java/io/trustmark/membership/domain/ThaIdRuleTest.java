package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.ThaIdRule.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThaIdRuleTest {

    private static final Instant T0 = Instant.parse("2026-12-01T03:00:00Z");
    private static final BigDecimal MINIMUM = new BigDecimal("2.3");
    private static final String REGISTERED = "3100600445635";

    private static Account thai() {
        var member = new Account("somchai", "somchai@example.test", "hash", Account.THAI, REGISTERED, Role.MEMBER, T0);
        member.confirmEmail(T0);
        return member;
    }

    private static ThaIdIdentity said(String pid, String ial) {
        return new ThaIdIdentity(
                pid,
                "นาย",
                "สมชาย",
                "ใจดี",
                "Mr.",
                "Somchai",
                "Jaidee",
                LocalDate.of(1990, 8, 14),
                ial == null ? null : new BigDecimal(ial));
    }

    @Test
    void registeredNumberAtTheLevelVerifies() {
        assertEquals(Outcome.VERIFIED, ThaIdRule.judge(thai(), said(REGISTERED, "2.3"), MINIMUM));
        assertEquals(Outcome.VERIFIED, ThaIdRule.judge(thai(), said(REGISTERED, "3"), MINIMUM));
    }

    @Test
    void numberIsFoldedBeforeComparing() {
        assertEquals(Outcome.VERIFIED, ThaIdRule.judge(thai(), said("3-1006-00445-63-5", "2.3"), MINIMUM));
        assertEquals(Outcome.VERIFIED, ThaIdRule.judge(thai(), said("๓๑๐๐๖๐๐๔๔๕๖๓๕", "2.3"), MINIMUM));
    }

    @Test
    void anotherNumberDiffers() {
        assertEquals(Outcome.PID_DIFFERS, ThaIdRule.judge(thai(), said("1101700000028", "3"), MINIMUM));
        assertEquals(Outcome.PID_DIFFERS, ThaIdRule.judge(thai(), said("3100600445636", "3"), MINIMUM));
        assertEquals(Outcome.PID_DIFFERS, ThaIdRule.judge(thai(), said("not a number", "3"), MINIMUM));
    }

    @Test
    void aForeignMemberIsNeverMatched() {
        var member = new Account("john", "john@example.test", "hash", "GBR", "123456789", Role.MEMBER, T0);
        assertEquals(Outcome.PID_DIFFERS, ThaIdRule.judge(member, said("123456789", "3"), MINIMUM));
    }

    @Test
    void levelBelowTheMinimumOrMissingIsTooLow() {
        assertEquals(Outcome.IAL_TOO_LOW, ThaIdRule.judge(thai(), said(REGISTERED, "2.2"), MINIMUM));
        assertEquals(Outcome.IAL_TOO_LOW, ThaIdRule.judge(thai(), said(REGISTERED, "1.1"), MINIMUM));
        assertEquals(Outcome.IAL_TOO_LOW, ThaIdRule.judge(thai(), said(REGISTERED, null), MINIMUM));
    }

    @Test
    void approvedRequestKeepsThaIdsNamesAsTheVerifiedIdentity() {
        var member = thai();
        var request = VerificationRequest.verifiedByThaId(member, said(REGISTERED, "2.3"), 7L, T0);
        assertEquals(RequestStatus.APPROVED, request.getStatus());
        assertEquals(VerificationRoute.THAID, request.getRoute());
        assertEquals(Tier.CITIZEN, request.getRequestedTier());
        assertEquals(Tier.CITIZEN, member.getTier());
        assertEquals(T0, request.getDecidedAt());
        assertNull(request.getDecidedBy());
        assertTrue(request.documents().isEmpty(), "no image was taken, so no final refusal can bar one");
        var identity = request.getIdentity();
        assertEquals(DocumentKind.ID_CARD_FRONT, identity.getDocumentKind());
        assertEquals(REGISTERED, identity.getDocumentNumber());
        assertEquals("สมชาย", identity.getThaiGiven());
        assertEquals("ใจดี", identity.getThaiSurname());
        assertEquals("Somchai", identity.getEnglishGiven());
        assertEquals("Jaidee", identity.getEnglishSurname());
        assertNull(identity.getExpiry());
    }

    @Test
    void progressNamesTheRouteInOneStep() {
        var request = VerificationRequest.verifiedByThaId(thai(), said(REGISTERED, "2.3"), 7L, T0);
        var progress = RequestProgress.of(request, false, null, Duration.ofHours(24));
        assertEquals(
                List.of(new RequestProgress.Step(RequestProgress.StepKind.VERIFIED_WITH_THAID, T0)), progress.steps());
        assertEquals(RequestStatus.APPROVED, progress.status());
        assertNull(progress.expectedBy());
    }

    @Test
    void passbookIsMatchedAgainstThaIdsNamesOnTheWayToTrusted() {
        var source = VerificationRequest.verifiedByThaId(thai(), said(REGISTERED, "2.3"), 7L, T0);
        var result = AutomaticChecks.passbookName(source.getIdentity(), "นาย สมชาย ใจดี");
        assertEquals(CheckOutcome.PASS, result.outcome());
        var other = AutomaticChecks.passbookName(source.getIdentity(), "นางสาว สมหญิง รักดี");
        assertEquals(CheckOutcome.FAIL, other.outcome());
    }

    @Test
    void eligibilityStillJudgesAfterAThaIdApproval() {
        // Once a Citizen by ThaID, Citizen is no longer offered (the policy's own rule); Trusted is.
        var member = thai();
        VerificationRequest.verifiedByThaId(member, said(REGISTERED, "2.3"), 7L, T0);
        member.markIdVerified(1L, T0);
        var eligibility = new EligibilityPolicy(3, Duration.ofDays(90)).judge(member, EligibilityHistory.NONE, T0);
        assertTrue(eligibility.refusal(Tier.CITIZEN).isPresent());
        assertEquals(List.of(Tier.TRUSTED), eligibility.allowed());
    }
}
