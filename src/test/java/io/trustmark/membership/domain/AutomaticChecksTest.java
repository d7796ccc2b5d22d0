package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.identity.domain.MrzTd3;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AutomaticChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void registeredToTrustedWithMatchingNamesPassesAndLeavesTheFaceToAPerson() {
        var request = trusted("นาย สมชาย ใจดี");
        var outcomes = outcomes(AutomaticChecks.run(request, null, TODAY));
        assertEquals(
                Map.of(
                        CheckCode.NUMBER_MATCH,
                        CheckOutcome.PASS,
                        CheckCode.CHECKSUM,
                        CheckOutcome.PASS,
                        CheckCode.EXPIRY,
                        CheckOutcome.PASS,
                        CheckCode.PASSBOOK_NAME,
                        CheckOutcome.PASS,
                        CheckCode.FACE,
                        CheckOutcome.NEEDS_REVIEW),
                outcomes);
    }

    @Test
    void aPassbookInAnotherSurnameFailsWithTheDifferenceNamed() {
        var results = AutomaticChecks.run(trusted("นายสมชาย ใจดีย์"), null, TODAY);
        var passbook = results.stream()
                .filter(r -> r.code() == CheckCode.PASSBOOK_NAME)
                .findFirst()
                .orElseThrow();
        assertEquals(CheckOutcome.FAIL, passbook.outcome());
        assertEquals(true, passbook.reasons().stream().anyMatch(r -> r.args().contains("ใจดีย์")), passbook.toString());
    }

    @Test
    void aShopAccountIsNeverAPass() {
        var results = AutomaticChecks.run(trusted("ร้านสมชายการค้า โดย นายสมชาย ใจดี"), null, TODAY);
        assertEquals(false, outcomes(results).get(CheckCode.PASSBOOK_NAME) == CheckOutcome.PASS);
    }

    @Test
    void citizenToTrustedComparesThePassbookWithTheVerifiedNames() {
        var member = member();
        var source = new VerificationRequest(member, Tier.CITIZEN, member.getIdNumber(), 1L, NOW.minusSeconds(86_400));
        source.describeIdentity(card(TODAY.plusYears(3)));
        source.approve(member("admin"), NOW.minusSeconds(80_000), false);
        var request = new VerificationRequest(member, Tier.TRUSTED, member.getIdNumber(), 2L, NOW);
        request.reuseIdentityOf(99L);
        request.describePassbook("MR. SOMCHAI JAIDEE", "KBANK");

        var outcomes = outcomes(AutomaticChecks.run(request, source, TODAY));
        assertEquals(CheckOutcome.PASS, outcomes.get(CheckCode.IDENTITY_SOURCE));
        assertEquals(CheckOutcome.PASS, outcomes.get(CheckCode.PASSBOOK_NAME));
        assertEquals(null, outcomes.get(CheckCode.EXPIRY), "no document this time, so no expiry to check");
    }

    @Test
    void anExpiredDocumentFails() {
        var member = member();
        var request = new VerificationRequest(member, Tier.CITIZEN, member.getIdNumber(), 1L, NOW);
        request.describeIdentity(card(TODAY.minusDays(1)));
        assertEquals(
                CheckOutcome.FAIL,
                outcomes(AutomaticChecks.run(request, null, TODAY)).get(CheckCode.EXPIRY));
    }

    @Test
    void anExpiryTypedInTheBuddhistEraIsJudgedAsTheDayItNames() {
        // 1 Jan 2565 as printed on the card is 1 Jan 2022: expired, not valid for five more centuries.
        var member = member();
        var request = new VerificationRequest(member, Tier.CITIZEN, member.getIdNumber(), 1L, NOW);
        request.describeIdentity(card(
                io.trustmark.identity.domain.PrintedDate.parse("2565-01-01").orElseThrow()));
        var expiry = AutomaticChecks.run(request, null, TODAY).stream()
                .filter(r -> r.code() == CheckCode.EXPIRY)
                .findFirst()
                .orElseThrow();
        assertEquals(CheckOutcome.FAIL, expiry.outcome());
        assertEquals(java.util.List.of(CheckReason.of("check.expiry.expired", "2022-01-01")), expiry.reasons());
    }

    @Test
    void anExpiryTooFarAwayForAnyDocumentFails() {
        var member = member();
        var request = new VerificationRequest(member, Tier.CITIZEN, member.getIdNumber(), 1L, NOW);
        request.describeIdentity(card(LocalDate.of(2575, 1, 1)));
        var expiry = AutomaticChecks.run(request, null, TODAY).stream()
                .filter(r -> r.code() == CheckCode.EXPIRY)
                .findFirst()
                .orElseThrow();
        assertEquals(CheckOutcome.FAIL, expiry.outcome());
        assertEquals("check.expiry.tooFar", expiry.reasons().get(0).key());
        request.describeIdentity(card(TODAY.plusYears(10)));
        assertEquals(
                CheckOutcome.PASS,
                outcomes(AutomaticChecks.run(request, null, TODAY)).get(CheckCode.EXPIRY));
    }

    @Test
    void aForeignersPassportThatIsTheRegisteredOnePassesTheNumberChecks() {
        // Finding: the Thai ID checksum was asked of every passport number, so every foreigner was flagged.
        var member = new Account("john", "john@example.test", "hash", "GBR", "123456789", Role.MEMBER, NOW);
        var request = new VerificationRequest(member, Tier.CITIZEN, "123456789", 1L, NOW);
        var outcomes = outcomes(AutomaticChecks.run(request, null, TODAY));
        assertEquals(CheckOutcome.PASS, outcomes.get(CheckCode.NUMBER_MATCH));
        assertEquals(CheckOutcome.PASS, outcomes.get(CheckCode.CHECKSUM));

        var other = new VerificationRequest(member, Tier.CITIZEN, "987654321", 1L, NOW);
        assertEquals(
                CheckOutcome.FAIL,
                outcomes(AutomaticChecks.run(other, null, TODAY)).get(CheckCode.NUMBER_MATCH));
        var malformed = new VerificationRequest(member, Tier.CITIZEN, "12-3", 1L, NOW);
        assertEquals(
                CheckOutcome.FAIL,
                outcomes(AutomaticChecks.run(malformed, null, TODAY)).get(CheckCode.CHECKSUM));
    }

    @Test
    void thePastedPassportZoneIsComparedWithWhatWasTyped() {
        var member = new Account("anna", "anna@example.test", "hash", "UTO", "L898902C3", Role.MEMBER, NOW);
        var request = new VerificationRequest(member, Tier.TRUSTED, "L898902C3", 1L, NOW);
        request.describeIdentity(new PrintedIdentity(
                DocumentKind.PASSPORT_PAGE,
                "L898902C3",
                null,
                null,
                null,
                null,
                "ANNA MARIA",
                "ERIKSSON",
                LocalDate.of(2012, 4, 15)));
        var zone = MrzTd3.parse(
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10");

        var result = AutomaticChecks.mrz(zone, request);
        assertEquals(CheckOutcome.PASS, result.outcome(), result.toString());

        request.describeIdentity(new PrintedIdentity(
                DocumentKind.PASSPORT_PAGE,
                "L898902C3",
                null,
                null,
                null,
                null,
                "ANNA MARIA",
                "ERICSSON",
                LocalDate.of(2012, 4, 15)));
        assertEquals(CheckOutcome.FAIL, AutomaticChecks.mrz(zone, request).outcome(), "surname typed differently");

        // A broken check digit (birth date 740812 with 3 instead of 2) is named in words, not by a field name.
        var broken = MrzTd3.parse(
                "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408123F1204159ZE184226B<<<<<10");
        var refused = AutomaticChecks.mrz(broken, request);
        assertEquals(CheckOutcome.FAIL, refused.outcome());
        assertTrue(
                refused.reasons().stream().anyMatch(r -> r.key().equals("check.mrz.birthDate.fails")),
                refused.toString());
        var texts = ResourceBundle.getBundle("io.trustmark.i18n.messages", Locale.ENGLISH);
        refused.reasons().forEach(r -> assertTrue(texts.containsKey(r.key()), r.key() + " has words"));
    }

    private static VerificationRequest trusted(String passbookName) {
        var member = member();
        var request = new VerificationRequest(member, Tier.TRUSTED, member.getIdNumber(), 1L, NOW);
        request.describeIdentity(card(TODAY.plusYears(4)));
        request.describePassbook(passbookName, "KBANK");
        return request;
    }

    private static PrintedIdentity card(LocalDate expiry) {
        return new PrintedIdentity(
                DocumentKind.ID_CARD_FRONT,
                "3100600445635",
                "นาย",
                "สมชาย",
                "ใจดี",
                "Mr.",
                "Somchai",
                "Jaidee",
                expiry);
    }

    private static Account member() {
        return member("somchai");
    }

    private static Account member(String name) {
        return new Account(name, name + "@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
    }

    private static Map<CheckCode, CheckOutcome> outcomes(java.util.List<CheckResult> results) {
        return results.stream().collect(Collectors.toMap(CheckResult::code, CheckResult::outcome));
    }
}
