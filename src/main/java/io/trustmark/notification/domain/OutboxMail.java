package io.trustmark.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail waiting to be sent, written in the same transaction as the change it reports, so a mail is
 * never sent for a change that rolled back and never lost for one that committed.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    /** The plain-text part. */
    @Column(nullable = false, length = 20000)
    private String body;

    /** The HTML part; null for mails queued before mails had one. */
    @Column(name = "html_body", length = 60000)
    private String htmlBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String recipient, MailContent content, Instant now) {
        this.recipient = recipient;
        this.subject = content.subject();
        this.body = content.text();
        this.htmlBody = content.html();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void markSent(Instant now) {
        sentAt = now;
        claimedUntil = null;
        attempts++;
    }

    /**
     * Records a failed attempt. Retries back off exponentially (1, 2, 4 … minutes, at most an hour);
     * after {@code maxAttempts} the mail is given up and kept for an operator to see.
     */
    public void markFailed(String error, Instant now, int maxAttempts) {
        attempts++;
        claimedUntil = null;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            failedAt = now;
        } else {
            long minutes = Math.min(60, 1L << (attempts - 1));
            nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
