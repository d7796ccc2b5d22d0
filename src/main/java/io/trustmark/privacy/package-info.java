/**
 * Member rights under the PDPA: "My data" (access and portability, s.30-31: everything held about the member,
 * with every view of their documents by whom and when) behind a password step-up. It reads across the features
 * (accounts, requests, decisions, consents, tier history, posts, the audit trail), so it sits above them. Erasure
 * (s.33, "Erase my account") is here for the same reason: one rule that clears every feature's tables, leaving the
 * account a tombstone the append-only audit trail still points to (docs/privacy.md).
 * <p>
 * May depend on: account, identity, document, membership, review, forum, notification, platform.
 */
package io.trustmark.privacy;
