/**
 * Membership: verification requests and their upgrade paths, the automatic checks stored with a request, who
 * may request which tier ({@code domain.EligibilityPolicy}, over the member's whole history), the retention
 * policy, the member's status page and the wizard that sends a request. ThaID (DOPA's digital ID, OpenID Connect)
 * is a second route to Citizen: {@code infrastructure.ThaIdProvider} is the relying party (token validation),
 * {@code application.ThaIdVerification} decides with {@code domain.ThaIdRule} after the eligibility rule.
 * <p>
 * May depend on: account, identity, document, notification, platform.
 */
package io.trustmark.membership;
