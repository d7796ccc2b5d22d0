package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.Eligibility.Refusal;
import io.trustmark.membership.domain.EligibilityHistory.Downgrade;
import io.trustmark.membership.domain.EligibilityHistory.PastRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may request which tier now, over whole histories (issue 13: bypassed refusals, misuse, dead-end wizard). */
class EligibilityPolicyTest {

    private static final Instant T0 = Instant.parse("2026-10-01T03:00:00Z");
    private static final Instant NOW = T0.plus(Duration.ofDays(10));
    private static final EligibilityPolicy POLICY = new EligibilityPolicy(3, Duration.ofDays(90));

    private static final Set<DocumentKind> CARD = Set.of(DocumentKind.ID_CARD_FRONT);
    private static final Set<DocumentKind> TRUSTED_WITH_CARD =
            Set.of(DocumentKind.ID_CARD_FRONT, DocumentKind.FACE, DocumentKind.PASSBOOK);
    private static final Set<DocumentKind> TRUSTED_WITH_PASSPORT =
            Set.of(DocumentKind.PASSPORT_PAGE, DocumentKind.FACE, DocumentKind.PASSBOOK);
    private static final Set<DocumentKind> FACE_AND_PASSBOOK = Set.of(DocumentKind.FACE, DocumentKind.PASSBOOK);

    private final List<PastRequest> requests = new ArrayList<>();
    private final List<Downgrade> downgrades = new ArrayList<>();
    private final List<Instant> lifts = new ArrayList<>();

    @Test
    void aNewThaiMemberMayRequestEitherTier() {
        var eligibility = judge(thai(), NOW);
        assertEquals(List.of(Tier.CITIZEN, Tier.TRUSTED), eligibility.allowed());
        assertTrue(eligibility.barredDocuments().isEmpty());
        assertFalse(eligibility.liftable());
        assertEquals(
                List.of(DocumentKind.ID_CARD_FRONT, DocumentKind.PASSPORT_PAGE),
                eligibility.path(thai(), Tier.TRUSTED).identityDocuments());
    }

    @Test
    void nothingBeforeTheEmailIsConfirmed() {
        var unconfirmed =
                new Account("new", "new@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, T0);
        var eligibility = judge(unconfirmed, NOW);
        assertFalse(eligibility.anyAllowed());
        assertEquals(refusal("verify.emailNotConfirmed"), eligibility.refusal(Tier.CITIZEN));
        assertEquals(refusal("verify.emailNotConfirmed"), eligibility.refusal(Tier.TRUSTED));
    }

    @Test
    void nothingWhileARequestIsOpen() {
        requests.add(request(1, Tier.CITIZEN, RequestStatus.SUBMITTED, CARD, T0, null));
        var eligibility = judge(thai(), NOW);
        assertEquals(refusal("verify.alreadyOpen"), eligibility.refusal(Tier.CITIZEN));
        assertEquals(refusal("verify.alreadyOpen"), eligibility.refusal(Tier.TRUSTED));
    }

    @Test
    void aPassportMemberIsToldWhyNotCitizenAndMayBecomeTrustedWithThePassport() {
        var member = new Account("john", "john@example.test", "hash", "GBR", "123456789", Role.MEMBER, T0);
        member.confirmEmail(T0);
        var eligibility = judge(member, NOW);
        assertEquals(List.of(Tier.TRUSTED), eligibility.allowed());
        assertEquals(refusal("verify.notThai"), eligibility.refusal(Tier.CITIZEN));
        assertEquals(
                List.of(DocumentKind.PASSPORT_PAGE),
                eligibility.path(member, Tier.TRUSTED).identityDocuments());
    }

    @Test
    void aCitizenMayOnlyGoOnToTrustedAndATrustedMemberNowhere() {
        var citizen = thai();
        citizen.markIdVerified(5L, T0);
        citizen.changeTier(Tier.CITIZEN);
        var eligibility = judge(citizen, NOW);
        assertEquals(
                List.of(Tier.TRUSTED),
                eligibility.options().stream().map(Eligibility.Option::tier).toList());
        assertEquals(refusal("verify.alreadyCitizen"), eligibility.refusal(Tier.CITIZEN));
        assertFalse(eligibility.path(citizen, Tier.TRUSTED).needsIdentityDocument());

        var trusted = thai();
        trusted.changeTier(Tier.TRUSTED);
        var none = judge(trusted, NOW);
        assertTrue(none.options().isEmpty());
        assertEquals(refusal("verify.alreadyTrusted"), none.refusal(Tier.TRUSTED));
        assertThrows(IllegalArgumentException.class, () -> none.path(trusted, Tier.TRUSTED));
    }

    /** Finding 2: a Citizen request refused as altered, then a Trusted request with the same card. */
    @Test
    void aCardRefusedForGoodCannotComeBackInATrustedRequest() {
        var refusedAt = T0.plusSeconds(3600);
        requests.add(request(1, Tier.CITIZEN, RequestStatus.REJECTED, CARD, T0, refusedAt));
        var member = thai();
        var eligibility = judge(member, NOW);

        assertEquals(
                refusal(EligibilityPolicy.DOCUMENT_REFUSED + ".ID_CARD_FRONT", refusedAt),
                eligibility.refusal(Tier.CITIZEN));
        assertEquals(Set.of(DocumentKind.ID_CARD_FRONT), eligibility.barredDocuments());
        assertEquals(
                List.of(DocumentKind.PASSPORT_PAGE),
                eligibility.path(member, Tier.TRUSTED).identityDocuments(),
                "Trusted stays open only with the other document");
        assertTrue(eligibility.liftable());

        var queued = trustedRequest(member, DocumentKind.ID_CARD_FRONT);
        assertEquals(
                Optional.of(Refusal.of(EligibilityPolicy.DOCUMENT_REFUSED + ".ID_CARD_FRONT", refusedAt)),
                POLICY.barAgainst(queued, history(), NOW),
                "a Trusted request carrying the card sent before the rule must not be approved");
        assertEquals(
                Optional.empty(),
                POLICY.barAgainst(trustedRequest(member, DocumentKind.PASSPORT_PAGE), history(), NOW));
    }

    @Test
    void aForeignersRefusedPassportClosesTrusted() {
        var member = new Account("john", "john@example.test", "hash", "GBR", "123456789", Role.MEMBER, T0);
        member.confirmEmail(T0);
        requests.add(request(1, Tier.TRUSTED, RequestStatus.REJECTED, TRUSTED_WITH_PASSPORT, T0, T0));
        var eligibility = judge(member, NOW);
        assertFalse(eligibility.anyAllowed());
        assertTrue(eligibility
                .refusal(Tier.TRUSTED)
                .orElseThrow()
                .messageKey()
                .startsWith(EligibilityPolicy.DOCUMENT_REFUSED));
    }

    @Test
    void aRefusedTrustedRequestWithTheCardClosesCitizenToo() {
        requests.add(request(1, Tier.TRUSTED, RequestStatus.REJECTED, TRUSTED_WITH_CARD, T0, T0));
        var eligibility = judge(thai(), NOW);
        assertEquals(List.of(), eligibility.allowed(), "the card, face photo and passbook are all barred");
        assertEquals(
                refusal(EligibilityPolicy.DOCUMENT_REFUSED + ".ID_CARD_FRONT", T0), eligibility.refusal(Tier.CITIZEN));
    }

    @Test
    void aCitizensRefusedTrustedRequestClosesTrustedButNotTheCard() {
        var citizen = thai();
        citizen.markIdVerified(1L, T0);
        citizen.changeTier(Tier.CITIZEN);
        requests.add(request(1, Tier.CITIZEN, RequestStatus.APPROVED, CARD, T0, T0));
        requests.add(request(2, Tier.TRUSTED, RequestStatus.REJECTED, FACE_AND_PASSBOOK, T0, T0.plusSeconds(60)));
        var eligibility = judge(citizen, NOW);
        assertEquals(List.of(), eligibility.allowed());
        assertEquals(FACE_AND_PASSBOOK, eligibility.barredDocuments());
    }

    @Test
    void anAdminsLiftForgivesWhatCameBeforeItOnly() {
        requests.add(request(1, Tier.CITIZEN, RequestStatus.REJECTED, CARD, T0, T0));
        lifts.add(T0.plusSeconds(60));
        var lifted = judge(thai(), NOW);
        assertEquals(List.of(Tier.CITIZEN, Tier.TRUSTED), lifted.allowed());
        assertFalse(lifted.liftable());

        requests.add(request(2, Tier.CITIZEN, RequestStatus.REJECTED, CARD, T0.plusSeconds(120), T0.plusSeconds(180)));
        assertEquals(
                refusal(EligibilityPolicy.DOCUMENT_REFUSED + ".ID_CARD_FRONT", T0.plusSeconds(180)),
                judge(thai(), NOW).refusal(Tier.CITIZEN),
                "a refusal after the lift holds again");
    }

    /** Finding 3: a member lowered for misuse may not apply again at once. */
    @Test
    void aDowngradeForMisuseClosesEveryPathForTheCoolDown() {
        var member = thai();
        downgrades.add(new Downgrade(Tier.CITIZEN, Tier.REGISTERED, EligibilityPolicy.MISUSE, T0));
        var until = T0.plus(Duration.ofDays(90));

        var during = judge(member, until.minusSeconds(1));
        assertFalse(during.anyAllowed());
        assertEquals(refusal(EligibilityPolicy.COOLDOWN, until), during.refusal(Tier.CITIZEN));
        assertEquals(refusal(EligibilityPolicy.COOLDOWN, until), during.refusal(Tier.TRUSTED));
        assertTrue(during.liftable());

        assertEquals(List.of(Tier.CITIZEN, Tier.TRUSTED), judge(member, until).allowed(), "over at the day it says");

        lifts.add(T0.plus(Duration.ofDays(1)));
        assertEquals(
                List.of(Tier.CITIZEN, Tier.TRUSTED),
                judge(member, T0.plus(Duration.ofDays(2))).allowed());
    }

    @Test
    void theCoolDownIsConfigurableAndOtherDowngradesHaveNone() {
        downgrades.add(new Downgrade(Tier.CITIZEN, Tier.REGISTERED, EligibilityPolicy.MISUSE, T0));
        var shortPolicy = new EligibilityPolicy(3, Duration.ofDays(7));
        assertTrue(shortPolicy
                .judge(thai(), history(), T0.plus(Duration.ofDays(7)))
                .anyAllowed());
        assertFalse(shortPolicy
                .judge(thai(), history(), T0.plus(Duration.ofDays(6)))
                .anyAllowed());

        downgrades.clear();
        downgrades.add(new Downgrade(Tier.TRUSTED, Tier.CITIZEN, "SOMETHING_ELSE", T0));
        downgrades.add(new Downgrade(Tier.TRUSTED, Tier.CITIZEN, null, T0));
        var citizen = thai();
        citizen.markIdVerified(1L, T0);
        citizen.changeTier(Tier.CITIZEN);
        assertEquals(List.of(Tier.TRUSTED), judge(citizen, T0.plusSeconds(1)).allowed());
    }

    @Test
    void aMisuseCoolDownHoldsAgainstARequestAlreadyQueued() {
        var member = thai();
        downgrades.add(new Downgrade(Tier.CITIZEN, Tier.REGISTERED, EligibilityPolicy.MISUSE, T0));
        var queued = new VerificationRequest(member, Tier.CITIZEN, "3100600445635", 1L, T0.plusSeconds(10));
        assertEquals(
                Optional.of(Refusal.of(EligibilityPolicy.COOLDOWN, T0.plus(Duration.ofDays(90)))),
                POLICY.barAgainst(queued, history(), NOW));
    }

    @Test
    void aDocumentFoundInvalidAfterApprovalIsBarredLikeARefusal() {
        requests.add(request(1, Tier.CITIZEN, RequestStatus.APPROVED, CARD, T0, T0));
        var lowered = T0.plus(Duration.ofDays(3));
        downgrades.add(new Downgrade(Tier.CITIZEN, Tier.REGISTERED, EligibilityPolicy.DOCUMENT_INVALID, lowered));
        var eligibility = judge(thai(), NOW);
        assertEquals(
                refusal(EligibilityPolicy.DOCUMENT_REFUSED + ".ID_CARD_FRONT", lowered),
                eligibility.refusal(Tier.CITIZEN));
        assertEquals(
                List.of(DocumentKind.PASSPORT_PAGE),
                eligibility.path(thai(), Tier.TRUSTED).identityDocuments());
    }

    @Test
    void eachTierAllowsALimitedNumberOfAttemptsAndWithdrawnOnesDoNotCount() {
        for (int i = 0; i < 3; i++) {
            requests.add(request(10 + i, Tier.CITIZEN, RequestStatus.WITHDRAWN, CARD, T0, T0));
        }
        assertEquals(3, POLICY.attemptsLeft(history(), Tier.CITIZEN));
        requests.add(request(1, Tier.CITIZEN, RequestStatus.RESUBMIT, CARD, T0, T0));
        requests.add(request(2, Tier.CITIZEN, RequestStatus.RESUBMIT, CARD, T0, T0));
        assertEquals(1, POLICY.attemptsLeft(history(), Tier.CITIZEN));
        assertTrue(judge(thai(), NOW).allowed().contains(Tier.CITIZEN));

        requests.add(request(3, Tier.CITIZEN, RequestStatus.RESUBMIT, CARD, T0, T0));
        var eligibility = judge(thai(), NOW);
        assertEquals(refusal(EligibilityPolicy.NO_ATTEMPTS_LEFT), eligibility.refusal(Tier.CITIZEN));
        assertEquals(List.of(Tier.TRUSTED), eligibility.allowed(), "attempts are counted per tier");
        assertTrue(eligibility.liftable());

        lifts.add(T0.plusSeconds(1));
        assertEquals(3, POLICY.attemptsLeft(history(), Tier.CITIZEN), "a lift gives the attempts back");
    }

    @Test
    void anOpenRequestIsAnAttempt() {
        requests.add(request(1, Tier.TRUSTED, RequestStatus.SUBMITTED, TRUSTED_WITH_CARD, T0, null));
        assertEquals(2, POLICY.attemptsLeft(history(), Tier.TRUSTED));
    }

    @Test
    void thePolicyNeedsAtLeastOneAttemptAndNoNegativeCoolDown() {
        assertThrows(IllegalArgumentException.class, () -> new EligibilityPolicy(0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new EligibilityPolicy(1, Duration.ofDays(-1)));
    }

    @Test
    void aRequestCarriesTheDocumentsOfItsPath() {
        var member = thai();
        assertEquals(CARD, new VerificationRequest(member, Tier.CITIZEN, "3100600445635", 1L, T0).documents());
        assertEquals(
                TRUSTED_WITH_CARD,
                trustedRequest(member, DocumentKind.ID_CARD_FRONT).documents());
        var reusing = new VerificationRequest(member, Tier.TRUSTED, "3100600445635", 1L, T0);
        reusing.reuseIdentityOf(5L);
        assertEquals(FACE_AND_PASSBOOK, reusing.documents());
    }

    private Eligibility judge(Account member, Instant now) {
        return POLICY.judge(member, history(), now);
    }

    private EligibilityHistory history() {
        return new EligibilityHistory(requests, downgrades, lifts);
    }

    private static Optional<Refusal> refusal(String key, Object... args) {
        return Optional.of(Refusal.of(key, args));
    }

    private static PastRequest request(
            long id, Tier tier, RequestStatus status, Set<DocumentKind> documents, Instant sent, Instant decided) {
        return new PastRequest(id, tier, status, documents, sent, decided);
    }

    private static VerificationRequest trustedRequest(Account member, DocumentKind identity) {
        var request = new VerificationRequest(member, Tier.TRUSTED, "3100600445635", 1L, NOW);
        request.describeIdentity(new PrintedIdentity(
                identity,
                identity == DocumentKind.ID_CARD_FRONT ? "3100600445635" : "AA1234567",
                "นาย",
                "สมชาย",
                "ใจดี",
                "Mr.",
                "Somchai",
                "Jaidee",
                java.time.LocalDate.of(2030, 1, 1)));
        return request;
    }

    private static Account thai() {
        var member =
                new Account("somchai", "somchai@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, T0);
        member.confirmEmail(T0);
        return member;
    }
}
