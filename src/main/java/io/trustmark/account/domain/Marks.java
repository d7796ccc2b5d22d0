package io.trustmark.account.domain;

import java.time.Instant;

/**
 * The marks shown before a member's name and the titles of their threads: the green C for a verified
 * ID, and the Trusted mark next to it. Built from two account columns so a thread list reads them in the
 * same query as the page.
 *
 * @param citizen an admin verified the member's ID document
 * @param trusted the member holds the Trusted tier (face photo and passbook verified)
 */
public record Marks(boolean citizen, boolean trusted) {

    public static final Marks NONE = new Marks(false, false);

    public static Marks of(Instant idVerifiedAt, Tier tier) {
        return new Marks(idVerifiedAt != null, tier == Tier.TRUSTED);
    }
}
