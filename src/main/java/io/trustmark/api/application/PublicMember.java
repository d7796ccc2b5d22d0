package io.trustmark.api.application;

import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * What another forum may know about a member: the public tier and the marks the forum itself shows
 * next to the member's name. Built straight from the database by a projection of these columns only,
 * so identity numbers, e-mail addresses and documents never even reach the API layer.
 */
@JsonbPropertyOrder({"username", "tier", "citizenBadge", "trustedMark"})
public record PublicMember(String username, Tier tier, boolean citizenBadge, boolean trustedMark) {

    /** The marks exactly as the forum shows them ({@link Marks}); JPQL constructs it with this constructor. */
    public PublicMember(String username, Tier tier, Instant idVerifiedAt) {
        this(username, tier, Marks.of(idVerifiedAt, tier));
    }

    private PublicMember(String username, Tier tier, Marks marks) {
        this(username, tier, marks.citizen(), marks.trusted());
    }
}
