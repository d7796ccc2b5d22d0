package io.trustmark.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostingRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void unconfirmedMembersCannotPostAnywhere() {
        var member = account(Tier.REGISTERED, false);
        assertEquals(
                Optional.of("forum.refused.emailNotConfirmed"),
                PostingRules.refusalToStartThread(member, board(false)));
        assertEquals(Optional.of("forum.refused.emailNotConfirmed"), PostingRules.refusalToReply(member));
    }

    @Test
    void registeredMembersPostButCannotSell() {
        var member = account(Tier.REGISTERED, true);
        assertTrue(PostingRules.refusalToStartThread(member, board(false)).isEmpty());
        assertTrue(PostingRules.refusalToReply(member).isEmpty());
        assertEquals(
                Optional.of("forum.refused.saleNeedsCitizen"), PostingRules.refusalToStartThread(member, board(true)));
    }

    @Test
    void membersWithAVerifiedIdMaySell() {
        var citizen = account(Tier.CITIZEN, true);
        citizen.markIdVerified(1L, NOW);
        var trusted = account(Tier.TRUSTED, true);
        trusted.markIdVerified(2L, NOW);
        assertTrue(PostingRules.refusalToStartThread(citizen, board(true)).isEmpty());
        assertTrue(PostingRules.refusalToStartThread(trusted, board(true)).isEmpty());
    }

    @Test
    void aTierWithoutAVerifiedIdDoesNotSell() {
        // e.g. a Trusted tier granted before ID documents were checked: the mark and the right follow the ID.
        assertEquals(
                Optional.of("forum.refused.saleNeedsCitizen"),
                PostingRules.refusalToStartThread(account(Tier.TRUSTED, true), board(true)));
    }

    private static Account account(Tier tier, boolean confirmed) {
        var account =
                new Account("member", "member@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
        account.changeTier(tier);
        if (confirmed) {
            account.confirmEmail(NOW);
        }
        return account;
    }

    private static Board board(boolean sale) {
        try {
            var constructor = Board.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            var board = constructor.newInstance();
            Field field = Board.class.getDeclaredField("sale");
            field.setAccessible(true);
            field.setBoolean(board, sale);
            return board;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
