package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.RequestProgress.Step;
import io.trustmark.membership.domain.RequestProgress.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestProgressTest {

    private static final Instant SENT = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void anOpenRequestPromisesAnAnswerAndSaysWhenItIsLate() {
        var progress = RequestProgress.of(request(confirmed(Account.THAI)), false, null, DAY);
        assertEquals(List.of(new Step(StepKind.SUBMITTED, SENT)), progress.steps());
        assertEquals(SENT.plus(DAY), progress.expectedBy());
        assertFalse(progress.overdue(SENT.plus(DAY)));
        assertTrue(progress.overdue(SENT.plus(DAY).plusSeconds(1)));
        assertNull(progress.reason());
    }

    @Test
    void aDecidedRequestShowsTheDecisionAndTheReason() {
        var request = request(confirmed(Account.THAI));
        request.reject(admin(), " The photo is blurred ", SENT.plusSeconds(3600));
        var progress = RequestProgress.of(request, true, null, DAY);
        assertEquals(
                List.of(new Step(StepKind.RESUBMITTED, SENT), new Step(StepKind.REJECTED, SENT.plusSeconds(3600))),
                progress.steps());
        assertEquals("The photo is blurred", progress.reason());
        assertNull(progress.expectedBy(), "nothing more is promised once decided");
        assertFalse(progress.overdue(SENT.plus(DAY.multipliedBy(3))));
    }

    @Test
    void anAdminHoldingTheOpenRequestIsAStep() {
        var request = request(confirmed(Account.THAI));
        var claimed = SENT.plusSeconds(300);
        assertEquals(
                List.of(new Step(StepKind.SUBMITTED, SENT), new Step(StepKind.CLAIMED, claimed)),
                RequestProgress.of(request, false, claimed, DAY).steps());
        request.approve(admin(), SENT.plusSeconds(900), false);
        assertEquals(
                List.of(StepKind.SUBMITTED, StepKind.APPROVED),
                RequestProgress.of(request, false, claimed, DAY).steps().stream()
                        .map(Step::kind)
                        .toList(),
                "a decided request shows the decision, not who held it");
    }

    @Test
    void aRequestSentBackShowsWhatToFix() {
        var request = request(confirmed(Account.THAI));
        request.askToResubmit(admin(), "Glare on the number", SENT.plusSeconds(600));
        var progress = RequestProgress.of(request, false, null, DAY);
        assertEquals(
                List.of(new Step(StepKind.SUBMITTED, SENT), new Step(StepKind.RESUBMIT, SENT.plusSeconds(600))),
                progress.steps());
        assertEquals("Glare on the number", progress.reason());
    }

    @Test
    void aFirstOfTwoApprovalsIsAStepOfItsOwn() {
        var request = new VerificationRequest(confirmed(Account.THAI), Tier.TRUSTED, "3100600445635", 1L, SENT);
        request.approve(admin(), SENT.plusSeconds(60), true);
        var waiting = RequestProgress.of(request, false, null, DAY);
        assertEquals(
                List.of(new Step(StepKind.SUBMITTED, SENT), new Step(StepKind.FIRST_APPROVAL, SENT.plusSeconds(60))),
                waiting.steps());
        assertTrue(waiting.open(), "still waiting for the second admin");

        request.approve(
                new Account("admin2", "admin2@example.test", "hash", Account.THAI, "1101700000028", Role.ADMIN, SENT),
                SENT.plusSeconds(120),
                true);
        assertEquals(
                List.of(StepKind.SUBMITTED, StepKind.FIRST_APPROVAL, StepKind.APPROVED),
                RequestProgress.of(request, false, null, DAY).steps().stream()
                        .map(Step::kind)
                        .toList());
    }

    @Test
    void approvedAndWithdrawnRequestsCarryNoReason() {
        var approved = request(confirmed(Account.THAI));
        approved.approve(admin(), SENT.plusSeconds(60), false);
        assertEquals(
                StepKind.APPROVED,
                RequestProgress.of(approved, false, null, DAY).steps().get(1).kind());
        assertNull(RequestProgress.of(approved, false, null, DAY).reason());

        var withdrawn = request(confirmed(Account.THAI));
        withdrawn.withdraw(SENT.plusSeconds(60));
        assertEquals(
                StepKind.WITHDRAWN,
                RequestProgress.of(withdrawn, false, null, DAY).steps().get(1).kind());
    }

    @Test
    void theNextStepFollowsTheAccountAndTheLatestRequest() {
        var unconfirmed =
                new Account("nok", "nok@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, SENT);
        assertEquals(NextStep.CONFIRM_EMAIL, NextStep.of(unconfirmed, Optional.empty()));
        assertEquals(NextStep.APPLY_WITH_PASSPORT, NextStep.of(confirmed("DEU"), Optional.empty()));
        assertEquals(NextStep.APPLY, NextStep.of(confirmed(Account.THAI), Optional.empty()));

        var member = confirmed(Account.THAI);
        var open = request(member);
        assertEquals(NextStep.WAIT, NextStep.of(member, Optional.of(open)));
        open.askToResubmit(admin(), "Blurred", SENT);
        assertEquals(NextStep.FIX_AND_SEND_AGAIN, NextStep.of(member, Optional.of(open)));

        var refused = request(member);
        refused.reject(admin(), "Not the member's card", SENT);
        assertEquals(NextStep.REFUSED, NextStep.of(member, Optional.of(refused)), "a refusal is final");

        var withdrawn = request(member);
        withdrawn.withdraw(SENT);
        assertEquals(NextStep.SEND_AGAIN, NextStep.of(member, Optional.of(withdrawn)));

        var approved = request(member);
        approved.approve(admin(), SENT, false);
        assertEquals(
                NextStep.BECOME_TRUSTED, NextStep.of(member, Optional.of(approved)), "a Citizen may go on to Trusted");

        var trusted = new VerificationRequest(member, Tier.TRUSTED, "3100600445635", 1L, SENT);
        trusted.approve(admin(), SENT, false);
        assertEquals(NextStep.NOTHING_TRUSTED, NextStep.of(member, Optional.of(trusted)));
    }

    /**
     * Issue 13 leftover: the status page and the mails said "send it again" while the member could not; the
     * advice now asks the one rule, {@link EligibilityPolicy}, and says why not instead.
     */
    @Test
    void sendingAgainIsHeldBackWhileEligibilitySaysNotNow() {
        var policy = new EligibilityPolicy(3, Duration.ofDays(90));
        var member = confirmed(Account.THAI);
        var sentBack = request(member);
        sentBack.askToResubmit(admin(), "Blurred", SENT);

        var free = policy.judge(member, new EligibilityHistory(List.of(), List.of(), List.of()), SENT);
        assertEquals(
                NextStep.FIX_AND_SEND_AGAIN,
                NextStep.advise(member, Optional.of(sentBack), free).step());

        var misuse = new EligibilityHistory(
                List.of(),
                List.of(new EligibilityHistory.Downgrade(
                        Tier.CITIZEN, Tier.REGISTERED, EligibilityPolicy.MISUSE, SENT)),
                List.of());
        var coolingDown = policy.judge(member, misuse, SENT.plusSeconds(60));
        var advice = NextStep.advise(member, Optional.of(sentBack), coolingDown);
        assertEquals(NextStep.NOT_NOW, advice.step());
        assertEquals(Tier.CITIZEN, advice.tier());
        assertEquals(EligibilityPolicy.COOLDOWN, advice.why().messageKey());

        var withdrawn = request(member);
        withdrawn.withdraw(SENT);
        assertEquals(
                NextStep.NOT_NOW,
                NextStep.advise(member, Optional.of(withdrawn), coolingDown).step());
        assertEquals(
                NextStep.NOT_NOW,
                NextStep.advise(member, Optional.empty(), coolingDown).step(),
                "no tier open: no \"apply\" either");
        assertEquals(
                NextStep.APPLY, NextStep.advise(member, Optional.empty(), free).step());

        // Steps that ask nothing of the member are left alone.
        var refused = request(member);
        refused.reject(admin(), "Altered", SENT);
        assertEquals(
                NextStep.REFUSED,
                NextStep.advise(member, Optional.of(refused), coolingDown).step());
    }

    /** Finding 5: "Sent again" only answers "please fix and send again", on the same path. */
    @Test
    void onlyTheSamePathAfterBeingSentBackIsSentAgain() {
        var member = confirmed(Account.THAI);
        var citizen = sent(member, Tier.CITIZEN, 0);
        assertFalse(RequestProgress.resubmits(citizen, List.of()), "a first request");

        citizen.approve(admin(), SENT.plusSeconds(60), false);
        var firstTrusted = sent(member, Tier.TRUSTED, 120);
        assertFalse(
                RequestProgress.resubmits(firstTrusted, List.of(citizen)), "a Citizen's first Trusted request is new");

        var rejected = sent(member, Tier.CITIZEN, 0);
        rejected.reject(admin(), "Altered", SENT.plusSeconds(60));
        assertFalse(
                RequestProgress.resubmits(sent(member, Tier.TRUSTED, 120), List.of(rejected)),
                "a Trusted request after a refused Citizen one is new");

        var sentBack = sent(member, Tier.CITIZEN, 0);
        sentBack.askToResubmit(admin(), "Blurred", SENT.plusSeconds(60));
        var again = sent(member, Tier.CITIZEN, 120);
        assertTrue(RequestProgress.resubmits(again, List.of(sentBack)));
        assertFalse(
                RequestProgress.resubmits(sent(member, Tier.TRUSTED, 120), List.of(sentBack)),
                "another tier after being sent back is another path");

        var withdrawn = sent(member, Tier.CITIZEN, 90);
        withdrawn.withdraw(SENT.plusSeconds(100));
        assertTrue(
                RequestProgress.resubmits(again, List.of(withdrawn, sentBack)),
                "withdrawing a corrected request does not end the correction");

        var later = sent(member, Tier.CITIZEN, 600);
        later.reject(admin(), "Altered", SENT.plusSeconds(700));
        assertTrue(
                RequestProgress.resubmits(again, List.of(sentBack, later)),
                "only earlier requests count: a later refusal does not change what this one was");
    }

    private static VerificationRequest sent(Account member, Tier tier, long secondsAfter) {
        return new VerificationRequest(member, tier, "3100600445635", 1L, SENT.plusSeconds(secondsAfter));
    }

    private static VerificationRequest request(Account member) {
        return new VerificationRequest(member, Tier.CITIZEN, "3100600445635", 1L, SENT);
    }

    private static Account confirmed(String nationality) {
        var account =
                new Account("somchai", "somchai@example.test", "hash", nationality, "3100600445635", Role.MEMBER, SENT);
        account.confirmEmail(SENT);
        return account;
    }

    private static Account admin() {
        return new Account("admin", "admin@example.test", "hash", Account.THAI, "1101700000011", Role.ADMIN, SENT);
    }
}
