package io.trustmark.account.web;

import io.trustmark.account.application.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /account/forgot: asks for a reset link. The answer is the same whether the address has an account or not. */
@Named
@RequestScoped
public class ForgotBacking {

    @Inject
    PasswordResets resets;

    private String email;

    public String send() {
        resets.request(email, ((HttpServletRequest) Faces.getRequest()).getRemoteAddr());
        Messages.addFlashGlobal(Messages.createInfo("forgot.done", email, resets.minutes()));
        return "/account/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
