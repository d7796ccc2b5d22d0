package io.trustmark.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit trail. There are no setters: a record, once written, stays. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    private String detail;

    /** The row's place in the hash chain; null only for rows written before the chain existed. */
    @Column(name = "chain_position")
    private Long chainPosition;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "row_hash")
    private String rowHash;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(
            Instant occurredAt, Long actorId, String action, String subjectType, Long subjectId, String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    /** Links this new row after {@code previous}: set once, by {@link AuditLog#record}. */
    void chain(long position, String previous) {
        if (rowHash != null) {
            throw new IllegalStateException("An audit row is chained once");
        }
        chainPosition = position;
        previousHash = previous;
        rowHash = AuditChain.hash(this, previous, position);
    }

    public Long getChainPosition() {
        return chainPosition;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getRowHash() {
        return rowHash;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
