package io.trustmark.membership.domain;

/** How a request proves who the member is. Names are stored: never rename one. */
public enum VerificationRoute {
    /** Photos of the documents sent through the wizard; an admin decides. */
    DOCUMENTS,
    /**
     * The state's digital ID (ThaID, OpenID Connect): its ID token named the registered ID number at the
     * required assurance level, so the request was approved at once and no image was taken.
     */
    THAID
}
