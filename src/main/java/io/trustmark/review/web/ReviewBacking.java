package io.trustmark.review.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.identity.domain.MrzException;
import io.trustmark.membership.domain.ApprovalOutcome;
import io.trustmark.membership.domain.SecondApproverRequiredException;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.NotFound;
import io.trustmark.platform.web.PageTexts;
import io.trustmark.platform.web.Refusals;
import io.trustmark.review.application.ClaimService;
import io.trustmark.review.application.ClaimView;
import io.trustmark.review.application.ClaimedByOtherException;
import io.trustmark.review.application.ConcurrentDecisionException;
import io.trustmark.review.application.ReasonService;
import io.trustmark.review.application.ReviewDetail;
import io.trustmark.review.application.ReviewService;
import io.trustmark.review.domain.DecisionReason;
import io.trustmark.review.domain.ReasonUse;
import io.trustmark.review.domain.ReviewReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * /admin/review?id=n: one request with its documents, check results and the member's history, and the
 * three decisions. Opening the page only shows the request (a GET changes nothing, so a link or a prefetch
 * cannot claim for the admin); "Start review" claims it by POST, and only the holder gets the decision
 * forms. The version of the request shown is kept with the view, so a decision made on stale information is
 * refused, not applied.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    @Inject
    ClaimService claims;

    @Inject
    ReasonService reasons;

    @Inject
    CurrentMember member;

    private Long id;
    private long shownVersion;
    private String reasonCode;
    private String reason;
    private String note;
    private String mrzLine1;
    private String mrzLine2;
    private ClaimView claim;
    private transient ReviewDetail detail;
    private transient List<ReviewReason> resubmitReasons;
    private transient List<ReviewReason> rejectReasons;

    public void load() {
        var found = id == null ? null : review.detail(id).orElse(null);
        if (found == null) {
            NotFound.send();
            return;
        }
        detail = found;
        shownVersion = found.request().getVersion();
        claim = claims.current(id, member.getUsername());
    }

    public ReviewDetail getDetail() {
        if (detail == null && id != null) {
            detail = review.detail(id).orElse(null);
        }
        return detail;
    }

    public ClaimView getClaim() {
        return claim;
    }

    /** The reasons for sending back that fit this request's documents (no passbook reason without a passbook). */
    public List<ReviewReason> getResubmitReasons() {
        if (resubmitReasons == null) {
            resubmitReasons = reasons.active(ReasonUse.RESUBMIT, review.documentKinds(id));
        }
        return resubmitReasons;
    }

    public List<ReviewReason> getRejectReasons() {
        if (rejectReasons == null) {
            rejectReasons = reasons.active(ReasonUse.REJECT, review.documentKinds(id));
        }
        return rejectReasons;
    }

    /** The reason's text in the language of the page. */
    public String reasonText(ReviewReason listed) {
        return ReasonTexts.listed(listed);
    }

    /** Four-eyes applies to this request: the page says whose first approval is waiting for a second. */
    public boolean isFourEyes() {
        return getDetail() != null && review.needsTwoApprovals(getDetail().request());
    }

    public void checkMrz() {
        try {
            var result = review.checkMrz(id, mrzLine1, mrzLine2, member.getUsername());
            detail = null;
            Messages.addGlobal(
                    Messages.createInfo("review.mrz.stored", PageTexts.text("check.outcome." + result.outcome())));
        } catch (MrzException e) {
            Messages.addGlobal(Messages.createError(e.key(), e.args().toArray()));
        }
    }

    public String approve() {
        return decide(Decision.APPROVE);
    }

    public String resubmit() {
        return decide(Decision.RESUBMIT);
    }

    public String reject() {
        return decide(Decision.REJECT);
    }

    private enum Decision {
        APPROVE,
        RESUBMIT,
        REJECT
    }

    private String decide(Decision decision) {
        var username = getDetail().request().getAccount().getUsername();
        var given = new DecisionReason(reasonCode, reason, note);
        var approval = ApprovalOutcome.APPROVED;
        try {
            switch (decision) {
                case APPROVE -> approval = review.approve(id, shownVersion, member.getUsername(), given);
                case RESUBMIT -> review.askToResubmit(id, shownVersion, member.getUsername(), given);
                case REJECT -> review.reject(id, shownVersion, member.getUsername(), given);
            }
        } catch (ConcurrentDecisionException e) {
            return concurrent(e);
        } catch (ClaimedByOtherException e) {
            Messages.addGlobal(Messages.createError("review.claimedBy", e.holder()));
            refresh();
            return null;
        } catch (RefusedException e) {
            Refusals.addGlobal(e);
            // The refusal may be the claim that ran out meanwhile: show the claim as it stands now.
            claim = claims.current(id, member.getUsername());
            return null;
        } catch (SecondApproverRequiredException e) {
            Messages.addGlobal(Messages.createError("review.fourEyes.sameAdmin"));
            return null;
        }
        Messages.addFlashGlobal(Messages.createInfo(
                switch (decision) {
                    case APPROVE ->
                        approval == ApprovalOutcome.APPROVED ? "review.approved" : "review.fourEyes.firstRecorded";
                    case RESUBMIT -> "review.resubmitted";
                    case REJECT -> "review.rejected";
                },
                username));
        return "/admin/index?faces-redirect=true";
    }

    public String claimIt() {
        return claimed(claims.claim(id, member.getUsername()), null);
    }

    public String takeOver() {
        var seen = claim == null ? null : claim.holderId();
        return claimed(
                seen == null ? claims.claim(id, member.getUsername()) : claims.takeOver(id, member.getUsername(), seen),
                "review.takenOver");
    }

    private String claimed(ClaimView result, String successKey) {
        claim = result;
        switch (result.outcome()) {
            case MINE -> {
                if (successKey != null) {
                    Messages.addGlobal(Messages.createInfo(successKey));
                }
            }
            case HELD -> Messages.addGlobal(Messages.createError("review.claimedBy", result.holder()));
            default -> {
                // Decided or withdrawn meanwhile: show what stands.
                Messages.addGlobal(Messages.createError("review.concurrent"));
                refresh();
            }
        }
        return null;
    }

    public String release() {
        claims.release(id, member.getUsername());
        Messages.addFlashGlobal(Messages.createInfo("review.released", id));
        return "/admin/index?faces-redirect=true";
    }

    private String concurrent(ConcurrentDecisionException e) {
        Messages.addGlobal(
                e.decidedBy() == null
                        ? Messages.createError("review.concurrent")
                        : Messages.createError("review.concurrentBy", e.decidedBy()));
        refresh();
        return null;
    }

    private void refresh() {
        detail = null;
        var fresh = getDetail();
        if (fresh != null) {
            shownVersion = fresh.request().getVersion();
        }
        claim = claims.current(id, member.getUsername());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMrzLine1() {
        return mrzLine1;
    }

    public void setMrzLine1(String mrzLine1) {
        this.mrzLine1 = mrzLine1;
    }

    public String getMrzLine2() {
        return mrzLine2;
    }

    public void setMrzLine2(String mrzLine2) {
        this.mrzLine2 = mrzLine2;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
