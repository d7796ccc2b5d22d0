package io.trustmark.review.web;

import io.trustmark.account.web.CurrentMember;
import io.trustmark.identity.domain.MrzException;
import io.trustmark.membership.domain.ApprovalOutcome;
import io.trustmark.membership.domain.SecondApproverRequiredException;
import io.trustmark.platform.web.NotFound;
import io.trustmark.platform.web.Texts;
import io.trustmark.review.application.ConcurrentDecisionException;
import io.trustmark.review.application.ReviewDetail;
import io.trustmark.review.application.ReviewService;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /admin/review?id=n: one request with its image and check results. The version of the request shown
 * is kept with the view, so a decision made on stale information is refused, not applied.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService review;

    @Inject
    transient CurrentMember member;

    private Long id;
    private long shownVersion;
    private String reason;
    private String mrzLine1;
    private String mrzLine2;
    private transient ReviewDetail detail;

    public void load() {
        var found = id == null ? null : review.detail(id).orElse(null);
        if (found == null) {
            NotFound.send();
            return;
        }
        detail = found;
        shownVersion = found.request().getVersion();
    }

    public ReviewDetail getDetail() {
        if (detail == null && id != null) {
            detail = review.detail(id).orElse(null);
        }
        return detail;
    }

    public String approve() {
        ApprovalOutcome outcome;
        try {
            outcome = review.approve(id, shownVersion, member.getUsername());
        } catch (ConcurrentDecisionException e) {
            return concurrent(e);
        } catch (SecondApproverRequiredException e) {
            Texts.global(Texts.error("review.fourEyes.sameAdmin"));
            return null;
        }
        var username = getDetail().request().getAccount().getUsername();
        Texts.flash(outcome == ApprovalOutcome.APPROVED
                ? Texts.info("review.approved", username)
                : Texts.info("review.fourEyes.firstRecorded", username));
        return "/admin/index?faces-redirect=true";
    }

    public String reject() {
        try {
            review.reject(id, shownVersion, member.getUsername(), reason);
        } catch (ConcurrentDecisionException e) {
            return concurrent(e);
        }
        Texts.flash(Texts.info("review.rejected", getDetail().request().getAccount().getUsername()));
        return "/admin/index?faces-redirect=true";
    }

    /** Four-eyes applies to this request: the page says whose first approval is waiting for a second. */
    public boolean isFourEyes() {
        return getDetail() != null && review.needsTwoApprovals(getDetail().request());
    }

    public void checkMrz() {
        try {
            var result = review.checkMrz(id, mrzLine1, mrzLine2, member.getUsername());
            detail = null;
            Texts.global(Texts.info("review.mrz.stored", Texts.text("check.outcome." + result.outcome())));
        } catch (MrzException e) {
            Texts.global(Texts.error(e.key(), e.args().toArray()));
        }
    }

    public void validateReason(FacesContext context, UIComponent component, Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new ValidatorException(Texts.error("review.reason.required"));
        }
    }

    private String concurrent(ConcurrentDecisionException e) {
        detail = null;
        Texts.global(e.decidedBy() == null
                ? Texts.error("review.concurrent")
                : Texts.error("review.concurrentBy", e.decidedBy()));
        var fresh = getDetail();
        if (fresh != null) {
            shownVersion = fresh.request().getVersion();
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
