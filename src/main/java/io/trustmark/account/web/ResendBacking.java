package io.trustmark.account.web;

import io.trustmark.account.application.AccountService;
import io.trustmark.platform.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /account/resend: a new confirmation link. The answer is the same whether the address exists or not. */
@Named
@RequestScoped
public class ResendBacking {

    @Inject
    AccountService service;

    private String email;

    public String resend() {
        service.resendConfirmation(email, Texts.locale());
        Texts.flash(Texts.info("resend.done", email));
        return "/account/login?faces-redirect=true";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
