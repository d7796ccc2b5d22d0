package io.trustmark.account.web;

import io.trustmark.account.application.AccountService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** /account/resend: a new confirmation link. The answer is the same whether the address exists or not. */
@Named
@RequestScoped
public class ResendBacking {

    @Inject
    AccountService service;

    private String email;

    public String resend() {
        service.resendConfirmation(email, Faces.getLocale());
        Messages.addFlashGlobal(Messages.createInfo("resend.done", email));
        return "/account/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
