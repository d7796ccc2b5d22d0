package io.trustmark.membership.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.membership.application.MembershipService;
import io.trustmark.membership.domain.TypedIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * The verification wizard's field checks, beside each field as the member types: every one asks
 * {@link TypedIdentity}, which the service asks again on submission, so the page and the service cannot
 * disagree.
 */
@Named
@RequestScoped
public class VerifyFieldsBacking {

    @Inject
    MembershipService membership;

    @Inject
    CurrentMember member;

    public void validateConsent(FacesContext context, UIComponent component, Object value) {
        if (!Boolean.TRUE.equals(value)) {
            throw new ValidatorException(Messages.createError("verify.consent.required"));
        }
    }

    public void validateNumber(FacesContext context, UIComponent component, Object value) {
        refuse(TypedIdentity.numberRefusal(member.account().orElseThrow(), (String) value));
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
            throw new ValidatorException(Messages.createError(
                    refusal.get().messageKey(), refusal.get().arguments()));
        }
    }
}
