package io.trustmark.membership.web;

import io.trustmark.account.web.CurrentMember;
import io.trustmark.document.application.DocumentIntake;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.identity.domain.IdentityNumberException;
import io.trustmark.membership.application.CitizenApplication;
import io.trustmark.membership.application.MembershipService;
import io.trustmark.membership.application.UpgradeRefusedException;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * /member/verify: the privacy notice, the Citizen application form, and the state of the member's
 * request. The number and the file are checked field by field as soon as the form is sent; the service
 * repeats every check (and decodes the image) before anything is stored.
 */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    MembershipService membership;

    @Inject
    DocumentIntake intake;

    @Inject
    CurrentMember member;

    private boolean consent;
    private String number;
    private Part image;
    private Optional<VerificationRequest> latest;

    public Optional<VerificationRequest> latest() {
        if (latest == null) {
            latest = membership.latest(member.getUsername());
        }
        return latest;
    }

    public VerificationRequest getRequest() {
        return latest().orElse(null);
    }

    /** The form is offered when there is no open request and the member is not verified yet. */
    public boolean isFormShown() {
        return member.isEmailConfirmed() && !member.isIdVerified()
                && latest().map(r -> !r.getStatus().open()).orElse(true);
    }

    public String submit() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            membership.applyForCitizen(member.getUsername(), new CitizenApplication(consent, number, read(image), locale));
        } catch (UpgradeRefusedException e) {
            Texts.global(Texts.error(e.messageKey()));
            return null;
        } catch (DocumentRefusedException e) {
            Texts.global(refusal(e));
            return null;
        } catch (IdentityNumberException e) {
            Texts.global(Texts.error(e.reason().messageKey()));
            return null;
        }
        Texts.flash(Texts.info("verify.submitted", membership.expectedHours()));
        return "/member/verify?faces-redirect=true";
    }

    public String withdraw() {
        try {
            membership.withdraw(member.getUsername(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
            Texts.flash(Texts.info("verify.withdrawn"));
        } catch (UpgradeRefusedException e) {
            Texts.flash(Texts.error(e.messageKey()));
        }
        return "/member/verify?faces-redirect=true";
    }

    public void validateConsent(FacesContext context, UIComponent component, Object value) {
        if (!Boolean.TRUE.equals(value)) {
            throw new ValidatorException(Texts.error("verify.consent.required"));
        }
    }

    public void validateNumber(FacesContext context, UIComponent component, Object value) {
        try {
            MembershipService.checkTypedNumber(member.account().orElseThrow(), (String) value);
        } catch (IdentityNumberException e) {
            throw new ValidatorException(Texts.error(e.reason().messageKey()));
        } catch (UpgradeRefusedException e) {
            throw new ValidatorException(Texts.error(e.messageKey()));
        }
    }

    public void validateImage(FacesContext context, UIComponent component, Object value) {
        try {
            intake.inspect(read((Part) value));
        } catch (DocumentRefusedException e) {
            throw new ValidatorException(refusal(e));
        }
    }

    /** The limit is shown in megabytes, the unit people know their photos by. */
    private FacesMessage refusal(DocumentRefusedException e) {
        var args = e.reason() == DocumentRefusedException.Reason.TOO_LARGE
                ? new Object[] {getMaxMegabytes()} : e.messageArgs().toArray();
        return Texts.error(e.reason().messageKey(), args);
    }

    /** Reads the upload, refusing before reading when the declared size is already too large. */
    private byte[] read(Part part) {
        if (part == null) {
            return new byte[0];
        }
        if (part.getSize() > intake.maxBytes()) {
            throw new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, "declared " + part.getSize());
        }
        try (var in = part.getInputStream()) {
            return in.readNBytes((int) intake.maxBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Part getImage() {
        return image;
    }

    public void setImage(Part image) {
        this.image = image;
    }
}
