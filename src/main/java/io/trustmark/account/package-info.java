/**
 * Accounts: sign-up, e-mail confirmation, sign-in and its throttling, passwords, roles, the member's language,
 * and the tier an account holds with the marks it shows (the green C, the Trusted mark).
 * <p>
 * May depend on: identity, notification, platform. Other features read accounts through {@code account.application}
 * ({@code AccountRepository}, {@code CurrentMember}) and {@code account.domain}.
 */
package io.trustmark.account;
