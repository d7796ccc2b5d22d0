package io.trustmark.review.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import io.trustmark.membership.application.EligibilityService;
import io.trustmark.membership.domain.Eligibility;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.PageTexts;
import io.trustmark.platform.web.Refusals;
import io.trustmark.review.application.MemberHistory;
import io.trustmark.review.application.ReasonService;
import io.trustmark.review.application.ReviewService;
import io.trustmark.review.application.TierService;
import io.trustmark.review.domain.DecisionReason;
import io.trustmark.review.domain.ReasonUse;
import io.trustmark.review.domain.ReviewReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /admin/member?u=name: a member's tier, requests and tier history, and the form to lower or revoke the
 * tier. Lowering is a decision like approving, so it needs the same step-up (the service refuses without
 * it; the page shows the password form instead of the form to lower).
 */
@Named
@ViewScoped
public class MemberBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TierService tiers;

    @Inject
    ReviewService review;

    @Inject
    ReasonService reasons;

    @Inject
    CurrentMember member;

    @Inject
    EligibilityService eligibilities;

    private String username;
    private Tier shownTier;
    private Tier target;
    private String reasonCode;
    private String reason;
    private transient Account account;
    private transient MemberHistory history;
    private transient List<ReviewReason> tierReasons;
    private transient Eligibility eligibility;
    private transient List<TierService.LiftRow> lifts;
    private String liftNote;

    public void load() {
        if (username != null && !username.isBlank() && getAccount() == null) {
            // Still the search page, so the admin can correct the name; the status says it names nobody.
            Faces.setResponseStatus(404);
            Messages.addGlobal(Messages.createError("member.unknown"));
        }
        if (getAccount() != null) {
            shownTier = getAccount().getTier();
        }
    }

    public Account getAccount() {
        if (account == null && username != null && !username.isBlank()) {
            account = tiers.member(username);
        }
        return account;
    }

    /** The marks the forum shows before the member's name. */
    public Marks getMarks() {
        return getAccount() == null ? Marks.NONE : getAccount().marks();
    }

    public MemberHistory getHistory() {
        if (history == null && getAccount() != null) {
            history = review.history(getAccount());
        }
        return history;
    }

    /** The tiers below the member's current one. */
    public List<Tier> getLowerTiers() {
        return getAccount() == null
                ? List.of()
                : Arrays.stream(Tier.values())
                        .filter(t -> t.ordinal() < getAccount().getTier().ordinal())
                        .toList();
    }

    public List<ReviewReason> getTierReasons() {
        if (tierReasons == null) {
            tierReasons = reasons.active(ReasonUse.TIER);
        }
        return tierReasons;
    }

    public String reasonText(ReviewReason listed) {
        return listed.text(Faces.getLocale());
    }

    public String lower() {
        try {
            tiers.lower(
                    username, shownTier, target, new DecisionReason(reasonCode, reason, null), member.getUsername());
        } catch (RefusedException e) {
            Refusals.addGlobal(e);
            account = null;
            history = null;
            return null;
        }
        Messages.addFlashGlobal(Messages.createInfo(
                "member.lowered", getAccount().getUsername(), PageTexts.text("tier." + target.name())));
        return "/admin/member?faces-redirect=true&u=" + getAccount().getUsername();
    }

    /** What the member may request now, and why not: the same words the member reads. */
    public Eligibility getEligibility() {
        if (eligibility == null && getAccount() != null) {
            eligibility = eligibilities.of(getAccount());
        }
        return eligibility;
    }

    public List<TierService.LiftRow> getLifts() {
        if (lifts == null && getAccount() != null) {
            lifts = tiers.lifts(getAccount().getId());
        }
        return lifts;
    }

    public String lift() {
        try {
            tiers.liftBars(username, liftNote, member.getUsername());
        } catch (RefusedException e) {
            Refusals.addGlobal(e);
            return null;
        }
        Messages.addFlashGlobal(
                Messages.createInfo("member.lifted", getAccount().getUsername()));
        return "/admin/member?faces-redirect=true&u=" + getAccount().getUsername();
    }

    public String getLiftNote() {
        return liftNote;
    }

    public void setLiftNote(String liftNote) {
        this.liftNote = liftNote;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Tier getTarget() {
        return target;
    }

    public void setTarget(Tier target) {
        this.target = target;
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
}
