package io.trustmark.account.web;

import io.trustmark.account.application.PasswordResets;
import io.trustmark.account.domain.PasswordPolicy;
import io.trustmark.account.domain.PasswordReset;
import io.trustmark.account.infrastructure.DeviceCookie;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /account/reset?token=…: the link from the reset mail. Shows the new-password form while the link is
 * usable, otherwise why not; the service checks the link again when the form is sent. The page is a guest's
 * stateless view, so the bean lives for one request and the form carries the token back itself.
 */
@Named
@RequestScoped
public class ResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    @Inject
    DeviceCookie deviceCookie;

    private String token;
    private String password;
    /** Why the link cannot be used (a message key), or null while it can. */
    private String problemKey;

    public void open() {
        try {
            var state = resets.state(token);
            problemKey = state == PasswordReset.State.USABLE ? null : key(state);
        } catch (RefusedException e) {
            problemKey = e.messageKey();
        }
    }

    public String reset() {
        if (token == null) {
            // A stateless page keeps no view parameter between requests: the form sent the token back.
            token = Faces.getRequestParameter("token");
        }
        String username;
        try {
            username = resets.reset(token, password);
        } catch (RefusedException e) {
            if (e.messageKey().startsWith("reset.")) {
                problemKey = e.messageKey();
            } else {
                Refusals.addGlobal(e);
            }
            return null;
        }
        // The member proved they read this account's mail in this browser: it is a known device from now on.
        deviceCookie.remember(
                username, (HttpServletRequest) Faces.getRequest(), (HttpServletResponse) Faces.getResponse());
        Messages.addFlashGlobal(Messages.createInfo("reset.done"));
        return "/account/login?faces-redirect=true";
    }

    public void validatePassword(FacesContext context, UIComponent component, Object value) {
        PasswordPolicy.standard().violation((String) value, null, null).ifPresent(key -> {
            throw new ValidatorException(Messages.createError(key, PasswordPolicy.MIN_LENGTH));
        });
    }

    private static String key(PasswordReset.State state) {
        return state == PasswordReset.State.EXPIRED ? "reset.expired" : "reset.used";
    }

    public boolean isUsable() {
        return problemKey == null;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
