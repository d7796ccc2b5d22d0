package io.trustmark.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A check result stored with its request when it was computed. It is never recomputed: a later change of
 * the rules must not rewrite what a reviewer based a decision on.
 */
@Entity
@Table(name = "request_check")
public class RequestCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckCode code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckOutcome outcome;

    @Column(length = 4000)
    private String reasons;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected RequestCheck() {
        // for JPA
    }

    public RequestCheck(Long requestId, CheckResult result, Instant now) {
        this.requestId = requestId;
        this.code = result.code();
        this.outcome = result.outcome();
        this.reasons = CheckReason.encode(result.reasons());
        this.checkedAt = now;
    }

    public CheckResult result() {
        return new CheckResult(code, outcome, reasons());
    }

    public List<CheckReason> reasons() {
        return CheckReason.decode(reasons);
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public CheckCode getCode() {
        return code;
    }

    public CheckOutcome getOutcome() {
        return outcome;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
