package io.trustmark.account.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * forumfast: which changes of an account move what the forum's badges show (and so the marks generation that guests'
 * kept pages are checked against), once each.
 */
class AccountMarksChangeTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static Account member() {
        return new Account("somchai", "s@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
    }

    @Test
    void anApprovalMovesTheMarksOnce() {
        var account = member();
        account.changeTier(Tier.CITIZEN);
        account.markIdVerified(7L, NOW);
        assertTrue(account.takeMarksChange());
        assertFalse(account.takeMarksChange(), "taken: the next write raises nothing");
    }

    @Test
    void aLoweringOrTheCsLossMovesThem() {
        var account = member();
        account.changeTier(Tier.TRUSTED);
        account.markIdVerified(7L, NOW);
        account.takeMarksChange();
        account.changeTier(Tier.CITIZEN);
        assertTrue(account.takeMarksChange(), "the T goes");
        account.clearIdVerification();
        assertTrue(account.takeMarksChange(), "the C goes");
    }

    @Test
    void anErasureMovesThemItsNameIsShownAsDeleted() {
        var account = member();
        account.erase(NOW, false);
        assertTrue(account.takeMarksChange());
    }

    @Test
    void whatThePagesDoNotShowMovesNothing() {
        var account = member();
        account.changePassword("other-hash");
        account.confirmEmail(NOW);
        account.chooseLanguage(Locale.forLanguageTag("th"));
        account.changeTier(Tier.REGISTERED); // the tier it has
        account.clearIdVerification(); // had none
        assertFalse(account.takeMarksChange());
        account.markIdVerified(7L, NOW);
        account.takeMarksChange();
        account.markIdVerified(9L, NOW.plusSeconds(60)); // verified again: the C stays
        assertFalse(account.takeMarksChange());
    }
}
