package io.trustmark.membership.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.domain.Account;
import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.Handoffs;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.membership.application.MembershipService;
import io.trustmark.membership.application.UpgradeRefusedException;
import io.trustmark.membership.application.VerificationApplication;
import io.trustmark.membership.domain.PrintedIdentity;
import io.trustmark.membership.domain.ThaiBank;
import io.trustmark.membership.domain.UpgradePath;
import io.trustmark.membership.domain.VerificationRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /member/verify: the state of the member's request, and the wizard that sends a new one: consent &rarr;
 * tier (and which document) &rarr; what is printed on the documents &rarr; the photos &rarr; a last look.
 * <p>
 * The wizard lives in the view, so going back keeps what was typed. Photos are checked the moment they
 * are chosen and kept as sealed drafts, so the member can retake a bad one at once and a phone can add
 * one; leaving the wizard (or starting it again) deletes the drafts, and nothing becomes a request until
 * the last step, where the service checks everything again in one transaction.
 * <p>
 * What the member types is a {@link VerifyForm} ({@code #{verifyBacking.form.number}}); the photos step, with
 * the phone hand-off, is {@link PhotosStepBacking}.
 */
@Named
@ViewScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CONSENT = 1;
    public static final int TIER = 2;
    public static final int DETAILS = 3;
    public static final int DOCUMENTS = 4;
    public static final int SUMMARY = 5;

    /** Which step owns each field the service may refuse, so a refusal takes the member back there. */
    private static final Map<String, Integer> FIELD_STEPS = Map.ofEntries(
            Map.entry("consent", CONSENT),
            Map.entry("tier", TIER),
            Map.entry("document", TIER),
            Map.entry("documents", DOCUMENTS));

    @Inject
    MembershipService membership;

    @Inject
    EligibilityBacking eligibility;

    @Inject
    DocumentDrafts drafts;

    @Inject
    PhotosStepBacking photos;

    @Inject
    Handoffs handoffs;

    @Inject
    CurrentMember member;

    private int step = CONSENT;
    private final VerifyForm form = new VerifyForm();

    private transient Optional<VerificationRequest> latest;
    private transient Optional<PrintedIdentity> verifiedIdentity;

    /**
     * A fresh wizard starts from nothing: drafts left by an abandoned one are deleted, and a phone link it
     * made stops working.
     */
    @PostConstruct
    void start() {
        member.account().ifPresent(a -> {
            if (isWizardShown()) {
                handoffs.closeAll(a.getId());
                drafts.discard(a.getId());
            }
        });
    }

    // ---- the member's request ----------------------------------------------------------------

    public Optional<VerificationRequest> latest() {
        if (latest == null) {
            latest = membership.latest(member.getUsername());
        }
        return latest;
    }

    public VerificationRequest getRequest() {
        return latest().orElse(null);
    }

    /** Offered when the member may request a tier now, so nobody fills in five steps for nothing. */
    public boolean isWizardShown() {
        return member.isEmailConfirmed() && eligibility.eligibility().anyAllowed();
    }

    public String withdraw() {
        try {
            membership.withdraw(member.getUsername(), Faces.getLocale());
            Messages.addFlashGlobal(Messages.createInfo("verify.withdrawn"));
        } catch (UpgradeRefusedException e) {
            Messages.addFlashGlobal(Messages.createError(e.messageKey()));
        }
        return "/member/verify?faces-redirect=true";
    }

    // ---- navigation --------------------------------------------------------------------------

    public void next() {
        if (step >= TIER && !tierAllowed()) {
            Messages.addGlobal(refusalOfTier());
            return;
        }
        if (step == TIER
                && path().needsIdentityDocument()
                && (form.getDocument() == null || !path().identityDocuments().contains(form.getDocument()))) {
            form.setDocument(path().identityDocuments().get(0));
        }
        if (step == DETAILS && path().needsIdentityDocument() && !identityValid()) {
            return;
        }
        step = Math.min(SUMMARY, step + 1);
        if (step == DETAILS && !isDetailsNeeded()) {
            step = DOCUMENTS;
        }
        enterOrLeavePhotos();
    }

    public void back() {
        step = Math.max(CONSENT, step - 1);
        if (step == DETAILS && !isDetailsNeeded()) {
            step = TIER;
        }
        enterOrLeavePhotos();
    }

    private void enterOrLeavePhotos() {
        if (step == DOCUMENTS) {
            photos.enter(getRequiredDocuments());
        } else {
            photos.leave();
        }
    }

    /** Leaves the wizard: the photos uploaded so far are deleted at once, and the phone link stops working. */
    public String cancel() {
        handoffs.closeAll(account().getId());
        drafts.discard(account().getId());
        Messages.addFlashGlobal(Messages.createInfo("verify.cancelled"));
        return "/forum/index?faces-redirect=true";
    }

    public String submit() {
        if (!tierAllowed()) {
            Messages.addFlashGlobal(refusalOfTier());
            return "/member/verify?faces-redirect=true";
        }
        var details = path().needsIdentityDocument() ? form.identityDetails() : null;
        try {
            membership.submit(
                    member.getUsername(),
                    new VerificationApplication(
                            form.isConsent(),
                            form.getTier(),
                            details,
                            form.getPassbookName(),
                            form.getPassbookBank(),
                            Faces.getLocale()));
        } catch (UpgradeRefusedException e) {
            step = e.field() == null ? step : FIELD_STEPS.getOrDefault(e.field(), DETAILS);
            Messages.addGlobal(Messages.createError(e.messageKey(), e.args()));
            return null;
        }
        // The photos are part of the request now; a phone must not add drafts nobody will send.
        handoffs.closeAll(account().getId());
        Messages.addFlashGlobal(Messages.createInfo("verify.submitted", membership.expectedHours()));
        return "/member/verify?faces-redirect=true";
    }

    // ---- photos (PhotosStepBacking keeps them) -------------------------------------------------

    public boolean needs(String kind) {
        return tierAllowed() && path().documents(form.getDocument()).contains(DocumentKind.valueOf(kind));
    }

    // ---- the whole identity (each field: VerifyFieldsBacking) ----------------------------------

    /** The whole identity as the service will check it, once the fields each passed. */
    private boolean identityValid() {
        try {
            MembershipService.printedIdentity(account(), path(), form.identityDetails(), membership.today());
            return true;
        } catch (UpgradeRefusedException e) {
            Messages.addGlobal(Messages.createError(e.messageKey(), e.args()));
            return false;
        }
    }

    // ---- what the page shows -----------------------------------------------------------------

    private Account account() {
        return member.account().orElseThrow();
    }

    // A form from before (a second tab, the back button) may name a tier a request sent meanwhile has closed.
    private boolean tierAllowed() {
        return form.getTier() != null
                && eligibility.eligibility().refusal(form.getTier()).isEmpty();
    }

    /** Why the chosen tier cannot go on: none chosen, or the member's eligibility's reason. */
    private FacesMessage refusalOfTier() {
        return Optional.ofNullable(form.getTier())
                .flatMap(tier -> eligibility.eligibility().refusal(tier))
                .map(r -> Messages.createError(r.messageKey(), r.args().toArray()))
                .orElseGet(() -> Messages.createError("verify.tier.required"));
    }

    private UpgradePath path() {
        return eligibility.eligibility().path(account(), form.getTier());
    }

    public List<DocumentKind> getRequiredDocuments() {
        return tierAllowed() ? path().documents(form.getDocument()) : List.of();
    }

    public boolean isDetailsNeeded() {
        return tierAllowed() && (path().needsIdentityDocument() || path().needsPassbook());
    }

    public boolean isIdentityNeeded() {
        return tierAllowed() && path().needsIdentityDocument();
    }

    public boolean isPassbookNeeded() {
        return tierAllowed() && path().needsPassbook();
    }

    public boolean isThai() {
        return account().isThai();
    }

    public boolean isPassport() {
        return form.getDocument() == DocumentKind.PASSPORT_PAGE;
    }

    /** Citizen &rarr; Trusted: the names verified earlier, shown instead of asked for. */
    public PrintedIdentity getVerifiedIdentity() {
        if (verifiedIdentity == null) {
            verifiedIdentity = membership.verifiedIdentity(account());
        }
        return verifiedIdentity.orElse(null);
    }

    public ThaiBank[] getBanks() {
        return ThaiBank.values();
    }

    public String getFormattedNumber() {
        return form.getNumber() == null
                ? ""
                : account().isThai() && NationalIdNumber.isValid(form.getNumber())
                        ? NationalIdNumber.parse(form.getNumber()).formatted()
                        : form.getNumber();
    }

    public String getNoticeVersion() {
        return membership.noticeVersion();
    }

    public int getExpectedHours() {
        return membership.expectedHours();
    }

    public int getStep() {
        return step;
    }

    public VerifyForm getForm() {
        return form;
    }
}
