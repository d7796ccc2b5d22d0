/**
 * Membership: verification requests and their upgrade paths, the automatic checks stored with a request, who
 * may request which tier ({@code domain.EligibilityPolicy}, over the member's whole history), the retention
 * policy, the member's status page and the wizard that sends a request.
 * <p>
 * May depend on: account, identity, document, notification, platform.
 */
package io.trustmark.membership;
