package io.trustmark.membership.domain;

import io.trustmark.document.domain.DocumentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a validated ThaID ID token says about the person who signed in there: the national ID number
 * ({@code pid}), the names as the civil registration holds them (Thai and English), the birth date and the
 * identity assurance level ({@code ial}) at which ThaID proofed them. Only the names and the number are kept
 * (as the verified identity, {@link #asVerifiedIdentity()}); the birth date and the level decide and go.
 *
 * @param ial null when the token carried none (then no minimum is met)
 */
public record ThaIdIdentity(
        String pid,
        String thaiTitle,
        String thaiGiven,
        String thaiSurname,
        String englishTitle,
        String englishGiven,
        String englishSurname,
        LocalDate birthdate,
        BigDecimal ial) {

    public ThaIdIdentity {
        Objects.requireNonNull(pid);
    }

    /**
     * The names and the number as the member's verified identity, stored the way an approved card's are
     * (a {@link PrintedIdentity} of the card's kind: ThaID asserts the identity the ID card is printed from),
     * so a later Citizen &rarr; Trusted request compares the passbook with them as it does with a card's.
     */
    public PrintedIdentity asVerifiedIdentity() {
        return new PrintedIdentity(
                DocumentKind.ID_CARD_FRONT,
                pid,
                thaiTitle,
                thaiGiven,
                thaiSurname,
                englishTitle,
                englishGiven,
                englishSurname,
                null);
    }
}
