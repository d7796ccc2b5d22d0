package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which tiers a member may ask for and what each path needs, as the forum's rules put it: Citizen needs
 * the Thai ID card; Trusted from Registered needs an identity document (card or Thai passport; a passport
 * for members who registered with one), a face photo and the passbook; Trusted from Citizen only the face
 * photo and the passbook, because the ID was verified already.
 */
public record UpgradePath(Tier target, List<DocumentKind> identityDocuments, boolean needsPassbook) {

    /** The tiers {@code member} may request now, lowest first; empty when there is nothing to climb. */
    public static List<Tier> targets(Account member) {
        var targets = new ArrayList<Tier>();
        if (!member.isIdVerified() && member.isThai() && member.getTier() == Tier.REGISTERED) {
            targets.add(Tier.CITIZEN);
        }
        if (member.getTier() != Tier.TRUSTED) {
            targets.add(Tier.TRUSTED);
        }
        return targets;
    }

    /**
     * The path to {@code target}, or the message key saying why there is none.
     */
    public static Optional<String> refusal(Account member, Tier target) {
        if (!member.mayPost()) {
            return Optional.of("verify.emailNotConfirmed");
        }
        if (target == Tier.CITIZEN && !member.isThai()) {
            return Optional.of("verify.notThai");
        }
        if (!targets(member).contains(target)) {
            return Optional.of(target == Tier.CITIZEN ? "verify.alreadyCitizen" : "verify.alreadyTrusted");
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException when {@link #refusal} is not empty */
    public static UpgradePath of(Account member, Tier target) {
        refusal(member, target).ifPresent(key -> {
            throw new IllegalArgumentException(key);
        });
        List<DocumentKind> identity;
        if (target == Tier.CITIZEN) {
            identity = List.of(DocumentKind.ID_CARD_FRONT);
        } else if (member.isIdVerified()) {
            identity = List.of();
        } else if (member.isThai()) {
            identity = List.of(DocumentKind.ID_CARD_FRONT, DocumentKind.PASSPORT_PAGE);
        } else {
            identity = List.of(DocumentKind.PASSPORT_PAGE);
        }
        return new UpgradePath(target, identity, target == Tier.TRUSTED);
    }

    /** Whether the member sends an identity document on this path (else it reuses the verified one). */
    public boolean needsIdentityDocument() {
        return !identityDocuments.isEmpty();
    }

    /** The documents to upload, given the identity document the member chose (ignored when none is needed). */
    public List<DocumentKind> documents(DocumentKind chosenIdentityDocument) {
        var kinds = new ArrayList<DocumentKind>();
        if (needsIdentityDocument()) {
            kinds.add(
                    chosenIdentityDocument != null && identityDocuments.contains(chosenIdentityDocument)
                            ? chosenIdentityDocument
                            : identityDocuments.get(0));
        }
        if (target == Tier.TRUSTED) {
            kinds.add(DocumentKind.FACE);
            kinds.add(DocumentKind.PASSBOOK);
        }
        return kinds;
    }
}
