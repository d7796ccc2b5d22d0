/**
 * Accounts: sign-up, e-mail confirmation, sign-in and its throttling, passwords and their reset, roles, the
 * member's language, and the tier an account holds with the marks it shows (the green C, the Trusted mark).
 * <p>
 * Sign-up and password reset never tell whether an e-mail address or ID number has an account (under the PDPA
 * that would confirm that a named person is a member): the owner is told by mail instead, and a duplicate ID
 * number is recorded for the admins ({@code application.AccountAudit}).
 * <p>
 * May depend on: identity, notification, platform. Other features read accounts through {@code account.application}
 * ({@code AccountRepository}, {@code CurrentMember}) and {@code account.domain}.
 */
package io.trustmark.account;
