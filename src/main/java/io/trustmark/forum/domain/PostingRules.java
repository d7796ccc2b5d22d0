package io.trustmark.forum.domain;

import io.trustmark.account.domain.Account;
import java.util.Optional;

/**
 * Who may post where. Sale threads need a verified ID (Citizen or higher), because buyers on the forum
 * rely on knowing who the seller is.
 */
public final class PostingRules {

    private PostingRules() {}

    /** Why {@code member} may not start a thread on {@code board}, as a message key; empty when they may. */
    public static Optional<String> refusalToStartThread(Account member, Board board) {
        if (!member.mayPost()) {
            return Optional.of("forum.refused.emailNotConfirmed");
        }
        if (board.isSale() && !member.isIdVerified()) {
            return Optional.of("forum.refused.saleNeedsCitizen");
        }
        return Optional.empty();
    }

    public static Optional<String> refusalToReply(Account member) {
        return member.mayPost() ? Optional.empty() : Optional.of("forum.refused.emailNotConfirmed");
    }
}
