package io.trustmark.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A member's consent to the processing of their identity documents (PDPA): which notice they read
 * (by version), for what purpose, and when.
 */
@Entity
public class Consent {

    public static final String IDENTITY_VERIFICATION = "IDENTITY_VERIFICATION";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "notice_version", nullable = false)
    private String noticeVersion;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected Consent() {
        // for JPA
    }

    public Consent(Long accountId, String purpose, String noticeVersion, Instant givenAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.noticeVersion = noticeVersion;
        this.givenAt = givenAt;
    }

    public Long getId() {
        return id;
    }

    public String getNoticeVersion() {
        return noticeVersion;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
