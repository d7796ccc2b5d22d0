package io.trustmark.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An admin lifted a member's bars: from {@code liftedAt} on, {@link EligibilityPolicy} forgives the final
 * refusals, downgrades and attempts that came before. Never without a note saying why, because it undoes a
 * decision another admin took.
 */
@Entity
@Table(name = "eligibility_lift")
public class EligibilityLift {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "lifted_by_id", nullable = false)
    private Long liftedById;

    @Column(nullable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "lifted_at", nullable = false)
    private Instant liftedAt;

    protected EligibilityLift() {
        // for JPA
    }

    public EligibilityLift(Long accountId, Long liftedById, String note, Instant liftedAt) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("Lifting a bar needs a note saying why");
        }
        this.accountId = Objects.requireNonNull(accountId);
        this.liftedById = Objects.requireNonNull(liftedById);
        this.note = note.strip().length() > MAX_NOTE ? note.strip().substring(0, MAX_NOTE) : note.strip();
        this.liftedAt = Objects.requireNonNull(liftedAt);
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getLiftedById() {
        return liftedById;
    }

    public String getNote() {
        return note;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }
}
