package io.trustmark.review.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.application.DocumentSummary;
import io.trustmark.document.application.DocumentVault;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.identity.domain.MrzException;
import io.trustmark.identity.domain.MrzTd3;
import io.trustmark.membership.application.EligibilityService;
import io.trustmark.membership.application.MembershipAudit;
import io.trustmark.membership.application.RequestMails;
import io.trustmark.membership.domain.ApprovalOutcome;
import io.trustmark.membership.domain.AutomaticChecks;
import io.trustmark.membership.domain.CheckCode;
import io.trustmark.membership.domain.CheckResult;
import io.trustmark.membership.domain.RequestAlreadyDecidedException;
import io.trustmark.membership.domain.RequestCheck;
import io.trustmark.membership.domain.SecondApproverRequiredException;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.i18n.Texts;
import io.trustmark.review.domain.DecisionOutcome;
import io.trustmark.review.domain.DecisionReason;
import io.trustmark.review.domain.NumberCheck;
import io.trustmark.review.domain.ReviewDecision;
import io.trustmark.review.domain.TierChange;
import io.trustmark.review.infrastructure.ClaimStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin side of verification: one request in detail and the decision on it. A decision is taken
 * against the version of the request the admin was shown; if anything changed since, the admin is told
 * instead of overwriting it. Only the admin holding the request's claim decides it: a request nobody holds
 * must be claimed first, one another admin holds taken over.
 */
@ApplicationScoped
public class ReviewService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    DocumentVault vault;

    @Inject
    RequestMails mails;

    @Inject
    AuditLog audit;

    @Inject
    ClaimStore claims;

    @Inject
    ReasonService reasons;

    @Inject
    EligibilityService eligibilities;

    @Inject
    TierService tiers;

    @Inject
    Clock clock;

    /** Trusted requests need two different admins' approvals (the first is recorded, the second decides). */
    @Inject
    @ConfigProperty(name = "trustmark.review.four-eyes-trusted", defaultValue = "false")
    boolean fourEyesTrusted;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReviewDetail> detail(Long requestId) {
        return Optional.ofNullable(em.find(VerificationRequest.class, requestId))
                .map(request -> {
                    var member = request.getAccount();
                    var history = history(member);
                    var bar = request.getStatus().open()
                            ? eligibilities.barAgainst(request).orElse(null)
                            : null;
                    return new ReviewDetail(
                            request,
                            NumberCheck.of(member.getIdNumber(), request.getTypedNumber(), !member.isThai()),
                            vault.forRequest(request.getId()),
                            em.createQuery(
                                            "select c from RequestCheck c where c.requestId = :r order by c.code",
                                            RequestCheck.class)
                                    .setParameter("r", request.getId())
                                    .getResultList(),
                            Optional.ofNullable(request.getIdentitySourceRequestId())
                                    .map(s -> em.find(VerificationRequest.class, s))
                                    .orElse(null),
                            decision(request.getId()).orElse(null),
                            history,
                            eligibilities.attemptsLeft(member.getId(), request.getRequestedTier()),
                            ReviewFlags.of(
                                    request.getId(),
                                    history,
                                    bar,
                                    eligibilities.history(member.getId()).liftedAt()));
                });
    }

    /**
     * Checks the passport zone a reviewer pasted against the request and stores the result with the other
     * checks (replacing an earlier paste), so the next reviewer sees it too.
     *
     * @throws MrzException when the lines are not a passport zone
     */
    @Transactional
    public CheckResult checkMrz(Long requestId, String line1, String line2, String adminUsername) {
        var request = em.find(VerificationRequest.class, requestId);
        var result = AutomaticChecks.mrz(MrzTd3.parse(line1, line2), request);
        em.createQuery("delete from RequestCheck c where c.requestId = :r and c.code = :code")
                .setParameter("r", requestId)
                .setParameter("code", CheckCode.MRZ)
                .executeUpdate();
        em.persist(new RequestCheck(requestId, result, Instant.now(clock)));
        var admin = accounts.byUsername(adminUsername).orElseThrow();
        audit.record(
                admin.getId(),
                ReviewAudit.REQUEST_MRZ_CHECKED,
                MembershipAudit.Subject.REQUEST,
                requestId,
                result.outcome().name());
        return result;
    }

    /** Whether approving this request now would only record the first of two approvals. */
    public boolean needsTwoApprovals(VerificationRequest request) {
        return fourEyesTrusted && request.getRequestedTier() == Tier.TRUSTED;
    }

    /**
     * Approves, or under the four-eyes rule records the first approval; the member hears only of the
     * final decision. {@code note} may carry a staff-only note (a reason is not needed).
     *
     * @throws SecondApproverRequiredException when the admin who gave the first approval tries the second
     */
    @RequiresRecentSignIn
    @Transactional
    public ApprovalOutcome approve(Long requestId, long shownVersion, String adminUsername, DecisionReason note) {
        return decide(
                requestId,
                shownVersion,
                adminUsername,
                DecisionOutcome.APPROVED,
                DecisionReason.note(note.staffNote()));
    }

    /** Sends the request back: the reason says what to fix, and the member may send a new one. */
    @RequiresRecentSignIn
    @Transactional
    public void askToResubmit(Long requestId, long shownVersion, String adminUsername, DecisionReason reason) {
        decide(requestId, shownVersion, adminUsername, DecisionOutcome.RESUBMIT, reason);
    }

    /** Refuses the request for good: the member cannot apply for this tier again. */
    @RequiresRecentSignIn
    @Transactional
    public void reject(Long requestId, long shownVersion, String adminUsername, DecisionReason reason) {
        decide(requestId, shownVersion, adminUsername, DecisionOutcome.REJECTED, reason);
    }

    private ApprovalOutcome decide(
            Long requestId, long shownVersion, String adminUsername, DecisionOutcome outcome, DecisionReason reason) {
        if (outcome.needsReason()) {
            reasons.requireFor(outcome.reasonUse(), reason, documentKinds(requestId));
        }
        var admin = accounts.byUsername(adminUsername).orElseThrow();
        var request = em.find(VerificationRequest.class, requestId);
        if (request == null) {
            throw new IllegalArgumentException("No request " + requestId);
        }
        if (request.getVersion() != shownVersion || !request.getStatus().open()) {
            throw concurrent(request);
        }
        var now = Instant.now(clock);
        var claim = claims.find(requestId).filter(c -> c.liveAt(now));
        claim.filter(c -> c.heldByOtherThan(admin.getId(), now)).ifPresent(c -> {
            throw new ClaimedByOtherException(accounts.get(c.getAdminId()).getUsername());
        });
        if (claim.isEmpty()) {
            // Only the admin who started the review decides: opening the page claims nothing, so a
            // decision without a claim (never started, or run out) would bypass who-works-on-what.
            throw new RefusedException("review.claim.needed");
        }
        var member = request.getAccount();
        if (outcome == DecisionOutcome.APPROVED
                && eligibilities.barAgainst(request).isPresent()) {
            // Sent before the refusal or downgrade that bars it (or before this rule): the reviewer must not
            // grant what the member could not send now. Rejecting, or lifting the bar first, stays possible.
            throw new RefusedException("review.approve.barred");
        }
        var tierBefore = member.getTier();
        var locale = member.locale();
        var memberReason = reasons.memberText(reason.code(), reason.freeText(), locale);
        var approval = ApprovalOutcome.APPROVED;
        try {
            switch (outcome) {
                case APPROVED -> approval = request.approve(admin, now, needsTwoApprovals(request));
                case RESUBMIT -> request.askToResubmit(admin, memberReason, now);
                case REJECTED -> request.reject(admin, memberReason, now);
            }
            em.flush();
        } catch (RequestAlreadyDecidedException | PersistenceException e) {
            // A stale version, or a lock the other decision holds (lock timeout, serialization failure):
            // either way another decision got there first and this one must not stand.
            throw new ConcurrentDecisionException(null);
        }
        if (approval == ApprovalOutcome.FIRST_APPROVAL_RECORDED) {
            // The request waits for a second, different admin: the claim goes so that one can take it.
            audit.record(
                    admin.getId(),
                    ReviewAudit.REQUEST_FIRST_APPROVAL,
                    MembershipAudit.Subject.REQUEST,
                    request.getId(),
                    null);
            claims.clear(requestId);
            return approval;
        }
        em.persist(new ReviewDecision(request.getId(), admin.getId(), outcome, reason, now));
        if (member.getTier() != tierBefore) {
            em.persist(TierChange.raised(
                    member.getId(), tierBefore, member.getTier(), admin.getId(), request.getId(), now));
        }
        claims.clear(requestId);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // The unique decision per request: another decision reached the database first.
            throw new ConcurrentDecisionException(null);
        }
        audit.record(
                admin.getId(),
                auditAction(outcome),
                MembershipAudit.Subject.REQUEST,
                request.getId(),
                reason.code() == null ? null : "reason=" + reason.code());
        switch (outcome) {
            case APPROVED -> mails.send(request, "approved");
            case RESUBMIT -> {
                // "Send it again" only when it may be sent again: eligibility (attempts used up, a misuse
                // cool-down, a refused document) may hold it back, and then the mail says why instead.
                var notNow = eligibilities.of(member).refusal(request.getRequestedTier());
                if (notNow.isPresent()) {
                    mails.send(
                            request,
                            "review.resubmitNotNow",
                            Texts.text(
                                    locale,
                                    notNow.get().messageKey(),
                                    notNow.get().argArray()));
                } else {
                    mails.send(
                            request,
                            "review.resubmit",
                            eligibilities.attemptsLeft(member.getId(), request.getRequestedTier()));
                }
            }
            case REJECTED -> mails.send(request, "review.rejected");
        }
        return approval;
    }

    /** The kinds of document the request has, which decide the listed reasons that fit it. */
    public Set<DocumentKind> documentKinds(Long requestId) {
        return vault.forRequest(requestId).stream().map(DocumentSummary::kind).collect(Collectors.toSet());
    }

    private static ReviewAudit auditAction(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> ReviewAudit.REQUEST_APPROVED;
            case RESUBMIT -> ReviewAudit.REQUEST_RESUBMIT;
            case REJECTED -> ReviewAudit.REQUEST_REJECTED;
        };
    }

    private Optional<ReviewDecision> decision(Long requestId) {
        return em.createQuery("select d from ReviewDecision d where d.requestId = :r", ReviewDecision.class)
                .setParameter("r", requestId)
                .getResultStream()
                .findFirst();
    }

    /** Earlier requests with their decisions, and the tier changes, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberHistory history(Account member) {
        var requests = em.createQuery("""
                        select r, d from VerificationRequest r left join ReviewDecision d on d.requestId = r.id
                        where r.account = :a order by r.submittedAt desc, r.id desc""", Object[].class).setParameter("a", member).getResultList().stream()
                .map(row -> {
                    var r = (VerificationRequest) row[0];
                    var d = (ReviewDecision) row[1];
                    return new MemberHistory.PastRequest(
                            r.getId(),
                            r.getRequestedTier(),
                            r.getStatus(),
                            r.getSubmittedAt(),
                            r.getDecidedAt(),
                            r.getDecidedBy() == null ? null : r.getDecidedBy().getUsername(),
                            d == null ? null : d.getOutcome(),
                            d == null ? null : d.getReasonCode(),
                            d == null ? null : d.getFreeText(),
                            r.getDecisionReason(),
                            d == null ? null : d.getStaffNote(),
                            r.getRoute());
                })
                .toList();
        return new MemberHistory(requests, tiers.history(member.getId()));
    }

    private static ConcurrentDecisionException concurrent(VerificationRequest request) {
        return new ConcurrentDecisionException(
                request.getDecidedBy() == null ? null : request.getDecidedBy().getUsername());
    }
}
