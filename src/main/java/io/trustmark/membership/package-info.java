/**
 * Membership: verification requests and their upgrade paths, the automatic checks stored with a request, the
 * resubmission and retention policies, the member's status page and the wizard that sends a request.
 * <p>
 * May depend on: account, identity, document, notification, platform.
 */
package io.trustmark.membership;
