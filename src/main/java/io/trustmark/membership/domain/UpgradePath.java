package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What each path to a higher tier needs, as the forum's rules put it: Citizen needs
 * the Thai ID card; Trusted from Registered needs an identity document (card or Thai passport; a passport
 * for members who registered with one), a face photo and the passbook; Trusted from Citizen only the face
 * photo and the passbook, because the ID was verified already. Who may take which path is
 * {@link EligibilityPolicy}'s rule.
 */
public record UpgradePath(Tier target, List<DocumentKind> identityDocuments, boolean needsPassbook) {

    /** The path to {@code target} for {@code member}; whether they may take it is {@link EligibilityPolicy}'s. */
    public static UpgradePath of(Account member, Tier target) {
        return of(member, target, Set.of());
    }

    /**
     * The path to {@code target}, leaving out the identity documents in {@code barred} (a final refusal took
     * them out of every path); when none is left, {@link #needsIdentityDocument()} is false and
     * {@link EligibilityPolicy} closes the path.
     */
    public static UpgradePath of(Account member, Tier target, Set<DocumentKind> barred) {
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
        identity = identity.stream().filter(k -> !barred.contains(k)).toList();
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
