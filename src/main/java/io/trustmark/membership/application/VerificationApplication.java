package io.trustmark.membership.application;

import io.trustmark.account.domain.Tier;
import java.util.Locale;

/**
 * Everything the wizard collected besides the images, which are the member's drafts.
 *
 * @param identity null on the Citizen &rarr; Trusted path, which reuses the verified identity
 * @param passbookAccountName the account name as printed in the passbook (Trusted only)
 * @param passbookBank a {@code ThaiBank} name (Trusted only)
 */
public record VerificationApplication(
        boolean consent,
        Tier tier,
        IdentityDetails identity,
        String passbookAccountName,
        String passbookBank,
        Locale locale) {}
