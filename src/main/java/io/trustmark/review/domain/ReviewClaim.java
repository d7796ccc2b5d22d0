package io.trustmark.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Which admin is working on a request, until when. Read-only here: claims are written with conditional
 * statements (see {@code ClaimService}) so that the database, not a read-then-write in Java, decides who
 * gets a request two admins open at the same moment.
 */
@Entity
@Table(name = "review_claim")
public class ReviewClaim {

    @Id
    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "admin_id", nullable = false)
    private Long adminId;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ReviewClaim() {
        // for JPA
    }

    public boolean liveAt(Instant now) {
        return expiresAt.isAfter(now);
    }

    public boolean heldByOtherThan(Long admin, Instant now) {
        return liveAt(now) && !adminId.equals(admin);
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getAdminId() {
        return adminId;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
