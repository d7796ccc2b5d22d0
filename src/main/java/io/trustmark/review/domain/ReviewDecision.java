package io.trustmark.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * How a reviewer closed a request: the outcome, the reason code from the list, the free text the member
 * reads, and a note only staff see. A unique key on the request makes a second decision impossible even
 * if two reached the database.
 */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "admin_id", nullable = false)
    private Long adminId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DecisionOutcome outcome;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "free_text", length = 1000)
    private String freeText;

    @Column(name = "staff_note", length = 2000)
    private String staffNote;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
        // for JPA
    }

    public ReviewDecision(
            Long requestId, Long adminId, DecisionOutcome outcome, DecisionReason reason, Instant decidedAt) {
        this.requestId = Objects.requireNonNull(requestId);
        this.adminId = Objects.requireNonNull(adminId);
        this.outcome = Objects.requireNonNull(outcome);
        this.reasonCode = reason.code();
        this.freeText = reason.freeText();
        this.staffNote = reason.staffNote();
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getAdminId() {
        return adminId;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getFreeText() {
        return freeText;
    }

    public String getStaffNote() {
        return staffNote;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
