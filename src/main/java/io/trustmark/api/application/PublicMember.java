package io.trustmark.api.application;

import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What another forum may know about a member: the public tier and the marks the forum itself shows
 * next to the member's name. Built straight from the database by a projection of these columns only,
 * so identity numbers, e-mail addresses and documents never even reach the API layer.
 */
@Schema(name = "Member", description = "Public tier and badge facts of one member")
@JsonbPropertyOrder({"username", "tier", "citizenBadge", "trustedMark"})
public record PublicMember(
        @Schema(description = "The member's username on Trustmark, in lower case", example = "malee")
        String username,

        @Schema(description = "The membership tier") Tier tier,

        @Schema(
                description =
                        "The green circled C: an admin verified the member's ID document (independent of the tier)")
        boolean citizenBadge,

        @Schema(description = "The Trusted mark: face photo and bank passbook verified as well")
        boolean trustedMark) {

    /** The marks exactly as the forum shows them ({@link Marks}); JPQL constructs it with this constructor. */
    public PublicMember(String username, Tier tier, Instant idVerifiedAt) {
        this(username, tier, Marks.of(idVerifiedAt, tier));
    }

    private PublicMember(String username, Tier tier, Marks marks) {
        this(username, tier, marks.citizen(), marks.trusted());
    }
}
