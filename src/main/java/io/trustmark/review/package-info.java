/**
 * Review: the admins' queue, claims, decisions with reasons, four eyes, tier changes, the step-up before
 * sensitive actions, and the audit pages.
 * <p>
 * May depend on: membership and what it may use (account, identity, document, notification), platform.
 */
package io.trustmark.review;
