package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member's request to move up a tier, with what they typed and how it was decided. Deciding changes
 * the member's tier in the same transaction; the {@code @Version} makes sure that when two admins
 * decide at once, exactly one decision stands. A Citizen request may also be decided by ThaID
 * ({@link #verifiedByThaId}, {@link VerificationRoute}).
 */
@Entity
@Table(name = "verification_request")
public class VerificationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_tier", nullable = false)
    private Tier requestedTier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    /** Sealed in the column (META-INF/orm.xml maps it). */
    @Column(name = "typed_number", nullable = false)
    private String typedNumber;

    /** The typed number's keyed fingerprint: what the duplicate-ID check compares. */
    @Column(name = "typed_number_index", length = 64)
    private String typedNumberIndex;

    @Column(name = "consent_id", nullable = false)
    private Long consentId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Account decidedBy;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Embedded
    private PrintedIdentity identity;

    @Column(name = "passbook_account_name")
    private String passbookAccountName;

    @Column(name = "passbook_bank")
    private String passbookBank;

    /** Citizen &rarr; Trusted: the approved request whose ID document this request relies on. */
    @Column(name = "identity_source_request_id")
    private Long identitySourceRequestId;

    @ManyToOne
    @JoinColumn(name = "first_approved_by_id")
    private Account firstApprovedBy;

    @Column(name = "first_approved_at")
    private Instant firstApprovedAt;

    /** Equals the account id while open; the unique constraint on it allows one open request per member. */
    @Column(name = "open_account_id")
    private Long openAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationRoute route = VerificationRoute.DOCUMENTS;

    @Version
    private long version;

    protected VerificationRequest() {
        // for JPA
    }

    public VerificationRequest(Account account, Tier requestedTier, String typedNumber, Long consentId, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.requestedTier = Objects.requireNonNull(requestedTier);
        this.typedNumber = Objects.requireNonNull(typedNumber);
        this.consentId = Objects.requireNonNull(consentId);
        this.submittedAt = now;
        this.status = RequestStatus.SUBMITTED;
        this.openAccountId = account.getId();
    }

    /**
     * A Citizen request decided by ThaID: its ID token named the registered number at the required level
     * ({@link ThaIdRule}), so it is approved the moment it is made, with ThaID's names as the verified
     * identity. No admin decided it ({@link #getDecidedBy()} is null); an admin may still lower the tier.
     */
    public static VerificationRequest verifiedByThaId(
            Account account, ThaIdIdentity identity, Long consentId, Instant now) {
        var request = new VerificationRequest(account, Tier.CITIZEN, identity.pid(), consentId, now);
        request.route = VerificationRoute.THAID;
        request.identity = identity.asVerifiedIdentity();
        request.close(RequestStatus.APPROVED, null, null, now);
        account.changeTier(account.getTier().upgradedTo(Tier.CITIZEN));
        return request;
    }

    /** What the member typed from the ID document this request carries. */
    public void describeIdentity(PrintedIdentity printed) {
        this.identity = Objects.requireNonNull(printed);
    }

    /** Citizen &rarr; Trusted: the identity was verified in {@code sourceRequestId}; no ID document this time. */
    public void reuseIdentityOf(Long sourceRequestId) {
        this.identitySourceRequestId = Objects.requireNonNull(sourceRequestId);
    }

    public void describePassbook(String accountName, String bank) {
        this.passbookAccountName = Objects.requireNonNull(accountName).strip();
        this.passbookBank = Objects.requireNonNull(bank);
    }

    /** Whether approving this request verifies the member's ID (and so gives them the green C). */
    public boolean verifiesIdentity() {
        return requestedTier == Tier.CITIZEN || (identity != null && identity.present());
    }

    /**
     * The kinds of document this request carried: the card for Citizen; for Trusted the face photo and the
     * passbook, and the identity document when it was sent (not when a verified one was reused).
     */
    public Set<DocumentKind> documents() {
        var kinds = EnumSet.noneOf(DocumentKind.class);
        if (route == VerificationRoute.THAID) {
            // No image was taken: a final refusal or an invalid document can bar nothing it carried.
            return kinds;
        }
        if (requestedTier == Tier.CITIZEN) {
            kinds.add(DocumentKind.ID_CARD_FRONT);
            return kinds;
        }
        if (getIdentity() != null && getIdentity().getDocumentKind() != null) {
            kinds.add(getIdentity().getDocumentKind());
        }
        kinds.add(DocumentKind.FACE);
        kinds.add(DocumentKind.PASSBOOK);
        return kinds;
    }

    /**
     * Approves the request: lifts the member to the requested tier and, when the request carried the ID
     * document, makes them a Citizen as well (the forum's rule for Trusted applications).
     * <p>
     * With {@code fourEyes}, the first approval is only recorded and the request stays open for a second
     * admin; the same admin cannot approve twice.
     */
    public ApprovalOutcome approve(Account admin, Instant now, boolean fourEyes) {
        if (!status.open()) {
            throw new RequestAlreadyDecidedException(status);
        }
        if (fourEyes) {
            if (firstApprovedBy == null) {
                firstApprovedBy = admin;
                firstApprovedAt = now;
                return ApprovalOutcome.FIRST_APPROVAL_RECORDED;
            }
            if (firstApprovedBy.getUsername().equals(admin.getUsername())) {
                throw new SecondApproverRequiredException();
            }
        }
        close(RequestStatus.APPROVED, admin, null, now);
        account.changeTier(account.getTier().upgradedTo(requestedTier));
        if (verifiesIdentity()) {
            account.markIdVerified(id, now);
        }
        return ApprovalOutcome.APPROVED;
    }

    public void reject(Account admin, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason the member can read");
        }
        close(RequestStatus.REJECTED, admin, reason.strip(), now);
    }

    /** Sends the request back: the member reads {@code reason} (what to fix) and may send a new one. */
    public void askToResubmit(Account admin, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Asking to resubmit needs a reason that says what to fix");
        }
        close(RequestStatus.RESUBMIT, admin, reason.strip(), now);
    }

    public void withdraw(Instant now) {
        close(RequestStatus.WITHDRAWN, null, null, now);
    }

    private void close(RequestStatus outcome, Account admin, String reason, Instant now) {
        if (!status.open()) {
            throw new RequestAlreadyDecidedException(status);
        }
        status = outcome;
        decidedBy = admin;
        decisionReason = reason;
        decidedAt = now;
        openAccountId = null;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public Tier getRequestedTier() {
        return requestedTier;
    }

    public RequestStatus getStatus() {
        return status;
    }

    /** Stores the keyed fingerprint of the typed number (see {@code IdNumberProtection}). */
    public void fingerprintTypedNumber(String fingerprint) {
        this.typedNumberIndex = Objects.requireNonNull(fingerprint);
    }

    public String getTypedNumber() {
        return typedNumber;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    /** Null when the request carries no ID document (Citizen &rarr; Trusted). */
    public PrintedIdentity getIdentity() {
        return identity != null && identity.present() ? identity : null;
    }

    public String getPassbookAccountName() {
        return passbookAccountName;
    }

    public String getPassbookBank() {
        return passbookBank;
    }

    public Long getIdentitySourceRequestId() {
        return identitySourceRequestId;
    }

    public Account getFirstApprovedBy() {
        return firstApprovedBy;
    }

    public Instant getFirstApprovedAt() {
        return firstApprovedAt;
    }

    public VerificationRoute getRoute() {
        return route;
    }

    public boolean isThaId() {
        return route == VerificationRoute.THAID;
    }

    public long getVersion() {
        return version;
    }
}
