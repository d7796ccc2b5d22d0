package io.trustmark.membership.domain;

/**
 * The automatic checks a request can carry. Most are computed at submission ({@code AutomaticChecks});
 * {@link #IMAGE_REUSE} and {@link #DUPLICATE_ID} from {@code ReuseChecks} (with the document store's
 * {@code SameImages}), {@link #MRZ} from the machine-readable zone a reviewer pastes.
 */
public enum CheckCode {
    /** The typed number (or the passport's personal number) equals the registered one. */
    NUMBER_MATCH,
    /** The typed Thai ID number passes the checksum; a passport number has a passport's form. */
    CHECKSUM,
    /** The document was valid on the day of submission. */
    EXPIRY,
    /** Citizen to Trusted: the identity comes from an earlier approved request. */
    IDENTITY_SOURCE,
    /** The passbook's account name is the name on the card. */
    PASSBOOK_NAME,
    /** The face photo has to be compared with the document's portrait by a person. */
    FACE,
    /** The passport's machine-readable zone, as pasted by the reviewer. */
    MRZ,
    IMAGE_REUSE,
    DUPLICATE_ID,
    /** What was read from the photos (number, names, expiry, passbook name) against the typed and registered data. */
    READ_FROM_PHOTO,
    /** The ID card's religion field was found and blanked in the stored image. */
    RELIGION_MASKED
}
