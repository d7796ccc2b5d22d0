package io.trustmark.account.domain;

/**
 * The membership tiers a member climbs. Registered is where every confirmed sign-up starts; Citizen
 * means an admin verified a copy of the member's ID card; Trusted adds a face photo and a bank passbook.
 * <p>
 * The green C and the right to sell follow from a verified ID ({@code Account.isIdVerified()}), not from
 * this order: the forum's rules make a Trusted member a Citizen exactly when their ID copy was verified.
 */
public enum Tier {
    REGISTERED,
    CITIZEN,
    TRUSTED;

    /** The tier a member reaches when a request for {@code requested} is approved. */
    public Tier upgradedTo(Tier requested) {
        return requested.ordinal() > ordinal() ? requested : this;
    }
}
