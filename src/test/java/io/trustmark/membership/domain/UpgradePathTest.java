package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The forum's paths between tiers (DOMAIN §1): which photos each path needs (who may take which: EligibilityPolicyTest). */
class UpgradePathTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aRegisteredThaiMayBecomeCitizenOrTrusted() {
        var member = thai();
        assertEquals(
                List.of(DocumentKind.ID_CARD_FRONT),
                UpgradePath.of(member, Tier.CITIZEN).documents(null));
    }

    @Test
    void registeredToTrustedNeedsCardOrPassportFaceAndPassbook() {
        var path = UpgradePath.of(thai(), Tier.TRUSTED);
        assertEquals(List.of(DocumentKind.ID_CARD_FRONT, DocumentKind.PASSPORT_PAGE), path.identityDocuments());
        assertEquals(
                List.of(DocumentKind.PASSPORT_PAGE, DocumentKind.FACE, DocumentKind.PASSBOOK),
                path.documents(DocumentKind.PASSPORT_PAGE));
        assertEquals(
                List.of(DocumentKind.ID_CARD_FRONT, DocumentKind.FACE, DocumentKind.PASSBOOK),
                path.documents(DocumentKind.ID_CARD_FRONT));
        assertTrue(path.needsPassbook());
    }

    @Test
    void citizenToTrustedNeedsOnlyFaceAndPassbook() {
        var member = thai();
        member.markIdVerified(5L, NOW);
        member.changeTier(Tier.CITIZEN);
        var path = UpgradePath.of(member, Tier.TRUSTED);
        assertFalse(path.needsIdentityDocument());
        assertEquals(List.of(DocumentKind.FACE, DocumentKind.PASSBOOK), path.documents(DocumentKind.ID_CARD_FRONT));
    }

    @Test
    void aPassportMemberShowsThePassportAndCannotBeCitizen() {
        var member = new Account("john", "john@example.test", "hash", "GBR", "123456789", Role.MEMBER, NOW);
        member.confirmEmail(NOW);
        assertEquals(
                List.of(DocumentKind.PASSPORT_PAGE, DocumentKind.FACE, DocumentKind.PASSBOOK),
                UpgradePath.of(member, Tier.TRUSTED).documents(DocumentKind.ID_CARD_FRONT),
                "a card is not an option: the passport is the registered document");
    }

    @Test
    void aBarredIdentityDocumentLeavesThePathWithTheOther() {
        var path = UpgradePath.of(thai(), Tier.TRUSTED, Set.of(DocumentKind.ID_CARD_FRONT));
        assertEquals(List.of(DocumentKind.PASSPORT_PAGE), path.identityDocuments());
        assertEquals(
                List.of(DocumentKind.PASSPORT_PAGE, DocumentKind.FACE, DocumentKind.PASSBOOK),
                path.documents(DocumentKind.ID_CARD_FRONT),
                "the barred card is not taken even when chosen");
        var citizen = UpgradePath.of(thai(), Tier.CITIZEN, Set.of(DocumentKind.ID_CARD_FRONT));
        assertFalse(citizen.needsIdentityDocument(), "nothing left: the policy closes this path");
    }

    private static Account thai() {
        var member =
                new Account("somchai", "somchai@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
        member.confirmEmail(NOW);
        return member;
    }
}
