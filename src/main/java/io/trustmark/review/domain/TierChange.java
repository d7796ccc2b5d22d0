package io.trustmark.review.domain;

import io.trustmark.account.domain.Tier;
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

/** One line of a member's tier history: up by an approved request, down by an admin with a reason. */
@Entity
@Table(name = "tier_change")
public class TierChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier", nullable = false)
    private Tier fromTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_tier", nullable = false)
    private Tier toTier;

    @Column(name = "changed_by_id")
    private Long changedById;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "reason_text", length = 1000)
    private String reasonText;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TierChange() {
        // for JPA
    }

    private TierChange(
            Long accountId,
            Tier fromTier,
            Tier toTier,
            Long changedById,
            Long requestId,
            String reasonCode,
            String reasonText,
            Instant changedAt) {
        this.accountId = Objects.requireNonNull(accountId);
        this.fromTier = Objects.requireNonNull(fromTier);
        this.toTier = Objects.requireNonNull(toTier);
        this.changedById = changedById;
        this.requestId = requestId;
        this.reasonCode = reasonCode;
        this.reasonText = reasonText;
        this.changedAt = changedAt;
    }

    /** An approved request lifted the member. */
    public static TierChange raised(Long accountId, Tier from, Tier to, Long adminId, Long requestId, Instant now) {
        return new TierChange(accountId, from, to, adminId, requestId, null, null, now);
    }

    /**
     * An admin lowers a member's tier. Only downwards, and never without a reason the member can read:
     * the member is told what happened and why.
     */
    public static TierChange lowered(
            Long accountId, Tier from, Tier to, Long adminId, DecisionReason reason, Instant now) {
        if (to.ordinal() >= from.ordinal()) {
            throw new IllegalArgumentException("Not lower: " + from + " -> " + to);
        }
        if (!reason.givesMemberAReason()) {
            throw new IllegalArgumentException("Lowering a tier needs a reason the member can read");
        }
        return new TierChange(accountId, from, to, adminId, null, reason.code(), reason.freeText(), now);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Tier getFromTier() {
        return fromTier;
    }

    public Tier getToTier() {
        return toTier;
    }

    public Long getChangedById() {
        return changedById;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getReasonText() {
        return reasonText;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
