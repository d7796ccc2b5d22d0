package io.trustmark.account.web;

import io.trustmark.account.application.AccountService;
import io.trustmark.account.domain.MailedLink.State;
import io.trustmark.platform.domain.RefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /account/confirm?token=…: the link from the confirmation mail. */
@Named
@RequestScoped
public class ConfirmBacking {

    @Inject
    AccountService service;

    private String token;
    private String outcomeKey;

    public void confirm() {
        try {
            var state = service.confirm(token);
            outcomeKey = state == State.USABLE
                    ? "confirm.done"
                    : state == State.EXPIRED ? "confirm.expired" : "confirm.used";
        } catch (RefusedException e) {
            outcomeKey = e.messageKey();
        }
    }

    public boolean isConfirmed() {
        return "confirm.done".equals(outcomeKey);
    }

    public String getOutcomeKey() {
        return outcomeKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
