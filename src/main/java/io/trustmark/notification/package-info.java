/**
 * Notification: mails written to an outbox in the same transaction as the change they tell of, and sent after
 * commit, exactly once, by a sender that claims rows in the database.
 * <p>
 * May depend on: platform.
 */
package io.trustmark.notification;
