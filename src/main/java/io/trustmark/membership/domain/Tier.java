package io.trustmark.membership.domain;

/**
 * The membership tiers a member climbs. Registered is where every confirmed sign-up starts; Citizen
 * means an admin verified a copy of the member's ID card; Trusted adds a face photo and a bank passbook.
 * <p>
 * The Citizen mark and the right to sell follow from a verified ID, which a Trusted member also has
 * (the forum's rules make such members Citizens too), so callers ask {@link #idVerified()} rather
 * than comparing with {@code CITIZEN}.
 */
public enum Tier {
    REGISTERED,
    CITIZEN,
    TRUSTED;

    /** Whether this tier rests on an ID copy an admin verified: shows the green C, may start sale threads. */
    public boolean idVerified() {
        return this != REGISTERED;
    }

    /** The tier a member reaches when a request for {@code requested} is approved. */
    public Tier upgradedTo(Tier requested) {
        return requested.ordinal() > ordinal() ? requested : this;
    }
}
