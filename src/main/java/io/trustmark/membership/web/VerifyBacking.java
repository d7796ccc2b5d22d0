package io.trustmark.membership.web;

import org.omnifaces.util.Faces;

import org.omnifaces.util.Messages;

import io.trustmark.account.domain.Account;
import io.trustmark.account.application.CurrentMember;
import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.DocumentIntake;
import io.trustmark.document.application.DocumentSummary;
import io.trustmark.document.application.Handoffs;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.platform.web.QrCodes;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.membership.application.IdentityDetails;
import io.trustmark.membership.application.MembershipService;
import io.trustmark.membership.application.UpgradeRefusedException;
import io.trustmark.membership.application.VerificationApplication;
import io.trustmark.membership.domain.PrintedIdentity;
import io.trustmark.membership.domain.ThaiBank;
import io.trustmark.membership.domain.TypedIdentity;
import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.UpgradePath;
import io.trustmark.membership.domain.VerificationRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * /member/verify: the state of the member's request, and the wizard that sends a new one: consent &rarr;
 * tier (and which document) &rarr; what is printed on the documents &rarr; the photos &rarr; a last look.
 * <p>
 * The wizard lives in the view, so going back keeps what was typed. Photos are checked the moment they
 * are chosen and kept as sealed drafts, so the member can retake a bad one at once and a phone can add
 * one; leaving the wizard (or starting it again) deletes the drafts, and nothing becomes a request until
 * the last step, where the service checks everything again in one transaction.
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
            Map.entry("consent", CONSENT), Map.entry("tier", TIER), Map.entry("document", TIER),
            Map.entry("documents", DOCUMENTS));

    @Inject
    transient MembershipService membership;

    @Inject
    transient DocumentIntake intake;

    @Inject
    transient DocumentDrafts drafts;

    @Inject
    transient Handoffs handoffs;

    @Inject
    transient CurrentMember member;

    private int step = CONSENT;
    private boolean consent;
    private Tier tier;
    private DocumentKind document;
    private String number;
    private String passportNumber;
    private String thaiTitle;
    private String thaiGiven;
    private String thaiSurname;
    private String englishTitle;
    private String englishGiven;
    private String englishSurname;
    private LocalDate expiry;
    private String passbookName;
    private String passbookBank;

    /** "Continue on another device": the link of this wizard, its QR code, and what the poll saw last. */
    private Handoffs.Link handoff;
    private List<DocumentKind> handoffKinds;
    private String handoffQr;
    private Handoffs.Status handoffStatus;
    private String seenDrafts;

    private transient Optional<VerificationRequest> latest;
    private transient List<DocumentSummary> uploaded;
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

    /** Offered when there is no open request and a higher tier to reach. */
    public boolean isWizardShown() {
        return member.isEmailConfirmed() && !UpgradePath.targets(account()).isEmpty()
                && latest().map(r -> !r.getStatus().open()).orElse(true);
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
        if (step == TIER && (tier == null || !getTargets().contains(tier))) {
            Messages.addGlobal(Messages.createError("verify.tier.required"));
            return;
        }
        if (step == TIER && path().needsIdentityDocument()
                && (document == null || !path().identityDocuments().contains(document))) {
            document = path().identityDocuments().get(0);
        }
        if (step == DETAILS && path().needsIdentityDocument() && !identityValid()) {
            return;
        }
        step = Math.min(SUMMARY, step + 1);
        if (step == DETAILS && !isDetailsNeeded()) {
            step = DOCUMENTS;
        }
        if (step == DOCUMENTS) {
            offerHandoff();
        }
    }

    public void back() {
        step = Math.max(CONSENT, step - 1);
        if (step == DETAILS && !isDetailsNeeded()) {
            step = TIER;
        }
        if (step == DOCUMENTS) {
            offerHandoff();
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
        var details = path().needsIdentityDocument()
                ? new IdentityDetails(document, number, passportNumber, thaiTitle, thaiGiven, thaiSurname,
                        englishTitle, englishGiven, englishSurname, expiry)
                : null;
        try {
            membership.submit(member.getUsername(),
                    new VerificationApplication(consent, tier, details, passbookName, passbookBank, Faces.getLocale()));
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

    // ---- continue on another device ----------------------------------------------------------

    /**
     * On reaching the photos step: keeps a link that still works for the same photos, else makes one (the
     * member may have gone back and chosen another tier or document, or let it expire).
     */
    private void offerHandoff() {
        var kinds = getRequiredDocuments();
        if (handoff != null && kinds.equals(handoffKinds)) {
            refreshHandoff();
            if (handoffStatus.live()) {
                return;
            }
        }
        renewHandoff();
    }

    /** A new link (the old one stops working), e.g. when the wrong phone opened it or it expired. */
    public void renewHandoff() {
        var kinds = getRequiredDocuments();
        if (kinds.isEmpty()) {
            return;
        }
        handoff = handoffs.issue(account().getId(), kinds, Faces.getLocale().getLanguage());
        handoffKinds = List.copyOf(kinds);
        handoffQr = QrCodes.pngDataUri(handoff.url());
        refreshHandoff();
    }

    /**
     * The poll (every few seconds while on this step and the link works): tells the page whether anything
     * changed (a photo arrived, the phone opened the link, the link ended), so that the page re-renders the
     * previews only then. The page decides what to re-render; the bean names no component.
     */
    public void pollHandoff() {
        var changed = false;
        var live = false;
        if (step == DOCUMENTS && handoff != null) {
            var before = handoffStatus;
            var seen = seenDrafts;
            refreshHandoff();
            live = handoffStatus.live();
            changed = !seenDrafts.equals(seen) || before == null
                    || before.live() != live || before.opened() != handoffStatus.opened();
        }
        var ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam("handoffChanged", changed);
        ajax.addCallbackParam("handoffLive", live);
    }

    private void refreshHandoff() {
        handoffStatus = handoffs.status(handoff.id(), account().getId())
                .orElse(new Handoffs.Status(false, false, handoff.expiresAt()));
        rememberDrafts();
    }

    /** Notes the drafts the page shows now, so the poll reports only what arrived after. */
    private void rememberDrafts() {
        uploaded = drafts.list(account().getId());
        seenDrafts = uploaded.stream().map(d -> d.id().toString()).collect(Collectors.joining(","));
    }

    public Handoffs.Link getHandoff() {
        return handoff;
    }

    public String getHandoffQr() {
        return handoffQr;
    }

    public boolean isHandoffLive() {
        return handoffStatus != null && handoffStatus.live();
    }

    public boolean isHandoffOpened() {
        return handoffStatus != null && handoffStatus.opened();
    }

    // ---- photos ------------------------------------------------------------------------------

    /** A photo arrives: checked and sealed at once, or refused with the reason beside its upload field. */
    public void upload(FileUploadEvent event) {
        var kind = DocumentKind.valueOf((String) event.getComponent().getAttributes().get("kind"));
        var context = FacesContext.getCurrentInstance();
        var clientId = event.getComponent().getClientId(context);
        try {
            var file = event.getFile();
            byte[] bytes;
            try {
                bytes = intake.read(file.getSize(), file.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            drafts.put(account().getId(), kind, intake.sanitize(bytes, kind));
            // Seen here already: the poll need not re-render the previews for it.
            rememberDrafts();
            context.addMessage(clientId, Messages.createInfo("verify.upload.received"));
        } catch (DocumentRefusedException e) {
            context.addMessage(clientId, refusal(e));
        }
    }

    /** The member's draft of {@code kind}, or null. */
    public DocumentSummary draft(String kind) {
        if (uploaded == null) {
            uploaded = drafts.list(account().getId());
        }
        return uploaded.stream().filter(d -> d.kind().name().equals(kind)).findFirst().orElse(null);
    }

    public boolean needs(String kind) {
        return tier != null && path().documents(document).contains(DocumentKind.valueOf(kind));
    }

    private FacesMessage refusal(DocumentRefusedException e) {
        return Messages.createError(e.reason().messageKey(), intake.messageArgs(e));
    }

    // ---- field checks (TypedIdentity: the service asks the same on submission) ----------------

    public void validateConsent(FacesContext context, UIComponent component, Object value) {
        if (!Boolean.TRUE.equals(value)) {
            throw new ValidatorException(Messages.createError("verify.consent.required"));
        }
    }

    public void validateNumber(FacesContext context, UIComponent component, Object value) {
        refuse(TypedIdentity.numberRefusal(account(), (String) value));
    }

    public void validatePassportNumber(FacesContext context, UIComponent component, Object value) {
        refuse(TypedIdentity.passportNumberRefusal((String) value));
    }

    public void validateExpiry(FacesContext context, UIComponent component, Object value) {
        if (value instanceof LocalDate date) {
            refuse(TypedIdentity.expiryRefusal(date, membership.today()));
        }
    }

    private static void refuse(Optional<TypedIdentity.Refusal> refusal) {
        if (refusal.isPresent()) {
            throw new ValidatorException(Messages.createError(refusal.get().messageKey(), refusal.get().arguments()));
        }
    }

    /** The whole identity as the service will check it, once the fields each passed. */
    private boolean identityValid() {
        try {
            MembershipService.printedIdentity(account(), path(), new IdentityDetails(document, number, passportNumber,
                    thaiTitle, thaiGiven, thaiSurname, englishTitle, englishGiven, englishSurname, expiry), membership.today());
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

    private UpgradePath path() {
        return UpgradePath.of(account(), tier);
    }

    public List<Tier> getTargets() {
        return UpgradePath.targets(account());
    }

    public List<DocumentKind> getRequiredDocuments() {
        return tier == null ? List.of() : path().documents(document);
    }

    public boolean isDetailsNeeded() {
        return tier != null && (path().needsIdentityDocument() || path().needsPassbook());
    }

    public boolean isIdentityNeeded() {
        return tier != null && path().needsIdentityDocument();
    }

    public boolean isPassbookNeeded() {
        return tier != null && path().needsPassbook();
    }

    public boolean isThai() {
        return account().isThai();
    }

    public boolean isPassport() {
        return document == DocumentKind.PASSPORT_PAGE;
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
        return number == null ? "" : account().isThai() && NationalIdNumber.isValid(number)
                ? NationalIdNumber.parse(number).formatted() : number;
    }

    public long getMaxMegabytes() {
        return intake.maxBytes() / (1024 * 1024);
    }

    public String getNoticeVersion() {
        return membership.noticeVersion();
    }

    public int getExpectedHours() {
        return membership.expectedHours();
    }

    // ---- fields ------------------------------------------------------------------------------

    public int getStep() {
        return step;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public Tier getTier() {
        return tier;
    }

    public void setTier(Tier tier) {
        this.tier = tier;
    }

    public DocumentKind getDocument() {
        return document;
    }

    public void setDocument(DocumentKind document) {
        this.document = document;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPassportNumber() {
        return passportNumber;
    }

    public void setPassportNumber(String passportNumber) {
        this.passportNumber = passportNumber;
    }

    public String getThaiTitle() {
        return thaiTitle;
    }

    public void setThaiTitle(String thaiTitle) {
        this.thaiTitle = thaiTitle;
    }

    public String getThaiGiven() {
        return thaiGiven;
    }

    public void setThaiGiven(String thaiGiven) {
        this.thaiGiven = thaiGiven;
    }

    public String getThaiSurname() {
        return thaiSurname;
    }

    public void setThaiSurname(String thaiSurname) {
        this.thaiSurname = thaiSurname;
    }

    public String getEnglishTitle() {
        return englishTitle;
    }

    public void setEnglishTitle(String englishTitle) {
        this.englishTitle = englishTitle;
    }

    public String getEnglishGiven() {
        return englishGiven;
    }

    public void setEnglishGiven(String englishGiven) {
        this.englishGiven = englishGiven;
    }

    public String getEnglishSurname() {
        return englishSurname;
    }

    public void setEnglishSurname(String englishSurname) {
        this.englishSurname = englishSurname;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }

    public String getPassbookName() {
        return passbookName;
    }

    public void setPassbookName(String passbookName) {
        this.passbookName = passbookName;
    }

    public String getPassbookBank() {
        return passbookBank;
    }

    public void setPassbookBank(String passbookBank) {
        this.passbookBank = passbookBank;
    }
}
