package io.trustmark.account.web;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.application.AccountService;
import io.trustmark.account.application.SignUp;
import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.PasswordPolicy;
import io.trustmark.identity.domain.IdentityNumberException;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/signup. Each field is checked as soon as the form is sent, with the message beside the field;
 * the service checks everything again, because two people can race for the same name or number.
 * <p>
 * Request-scoped in a stateless view: a guest reading the form starts no session (a view-scoped bean would
 * live in one). What the page needs from earlier requests is only the nationality, and every post carries it.
 */
@Named
@RequestScoped
public class SignUpBacking {

    @Inject
    AccountService service;

    @Inject
    AccountRepository accounts;

    private String username;
    private String email;
    private String password;
    private boolean thai = true;
    private String nationality;
    private String idNumber;
    private List<SelectItem> nationalities;
    private UIInput nationalityInput;

    public String signUp() {
        var locale = Faces.getLocale();
        try {
            service.register(
                    new SignUp(username, email, password, isThai() ? Account.THAI : nationality, idNumber, locale));
        } catch (AccountService.SignUpRaced e) {
            // answered like a success: see AccountService.register
        } catch (RefusedException e) {
            Refusals.addGlobal(e);
            return null;
        } catch (IdentityNumberException e) {
            Messages.addGlobal(Messages.createError(e.reason().messageKey()));
            return null;
        }
        Messages.addFlashGlobal(Messages.createInfo("signup.done", email));
        return "/account/login?faces-redirect=true";
    }

    public void validateUsername(FacesContext context, UIComponent component, Object value) {
        var name = (String) value;
        if (!AccountService.validUsername(name)) {
            throw invalid("signup.username.invalid");
        }
        if (accounts.usernameTaken(name)) {
            throw invalid("signup.username.taken");
        }
    }

    public void validateEmail(FacesContext context, UIComponent component, Object value) {
        var address = (String) value;
        // Whether the address already has an account is not said here: see AccountService.register.
        if (!AccountService.validEmail(address)) {
            throw invalid("signup.email.invalid");
        }
    }

    public void validatePassword(FacesContext context, UIComponent component, Object value) {
        PasswordPolicy.standard().violation((String) value, null, null).ifPresent(key -> {
            throw invalid(key, PasswordPolicy.MIN_LENGTH);
        });
    }

    public void validateIdNumber(FacesContext context, UIComponent component, Object value) {
        // Whether the number already has an account is not said here either: see AccountService.register.
        try {
            AccountService.canonicalIdNumber(isThai() ? Account.THAI : nationality, (String) value);
        } catch (IdentityNumberException e) {
            throw invalid(e.reason().messageKey());
        }
    }

    private static ValidatorException invalid(String key, Object... args) {
        return new ValidatorException(Messages.createError(key, args));
    }

    /** Every country but Thailand, by ISO alpha-3 code, named in the reader's language. */
    public List<SelectItem> getNationalities() {
        if (nationalities == null) {
            nationalities = countries(Faces.getLocale());
        }
        return nationalities;
    }

    private static List<SelectItem> countries(Locale locale) {
        var collator = Collator.getInstance(locale);
        return Stream.of(Locale.getISOCountries())
                .map(alpha2 -> new Locale("", alpha2))
                .filter(country -> !Account.THAI.equals(country.getISO3Country()))
                .map(country -> new SelectItem(country.getISO3Country(), country.getDisplayCountry(locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Before the model is updated, what this very post says: nothing of the view is kept between requests,
     * yet the passport fields must be decoded and checked when the post names another nationality.
     */
    public boolean isThai() {
        if (nationalityInput != null) {
            var submitted = nationalityInput.getSubmittedValue();
            if (submitted != null) {
                return !"false".equals(String.valueOf(submitted));
            }
            if (nationalityInput.isLocalValueSet()) {
                return !Boolean.FALSE.equals(nationalityInput.getValue());
            }
        }
        return thai;
    }

    public UIInput getNationalityInput() {
        return nationalityInput;
    }

    public void setNationalityInput(UIInput nationalityInput) {
        this.nationalityInput = nationalityInput;
    }

    public void setThai(boolean thai) {
        this.thai = thai;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }
}
