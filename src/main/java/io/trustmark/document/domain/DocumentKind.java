package io.trustmark.document.domain;

import java.util.Locale;

/** What a stored image shows. Each kind has its own minimum size, so the kinds are part of the intake. */
public enum DocumentKind {
    /** Front of the Thai national ID card. */
    ID_CARD_FRONT,
    /** Photo page of a passport (with the machine-readable zone). */
    PASSPORT_PAGE,
    /** A frontal photo of the member's face, compared by the reviewer with the document's portrait. */
    FACE,
    /** The page of the bank passbook that shows the account name and number. */
    PASSBOOK;

    /** Whether this document proves who the member is (and so can make them a Citizen). */
    public boolean identityDocument() {
        return this == ID_CARD_FRONT || this == PASSPORT_PAGE;
    }

    /** The kind as it appears in configuration keys: {@code ID_CARD_FRONT} is {@code id-card-front}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
