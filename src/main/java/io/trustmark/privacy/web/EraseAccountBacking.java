package io.trustmark.privacy.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.Refusals;
import io.trustmark.privacy.application.AccountErasure;
import io.trustmark.review.application.StepUp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Messages;

/**
 * "Erase my account" on /member/data: the page is already behind the password step-up, and the erasure asks for
 * the password once more and a ticked confirmation, because it cannot be undone. Afterwards the session ends
 * here (the account's other sessions end through its raised session generation) and the member reads what
 * happened on a guest page.
 */
@Named
@RequestScoped
public class EraseAccountBacking {

    @Inject
    AccountErasure erasure;

    @Inject
    CurrentMember member;

    @Inject
    StepUp stepUp;

    private String password;
    private boolean confirmed;

    public String erase() throws ServletException {
        var account = member.account().orElseThrow();
        if (!confirmed) {
            Messages.addGlobal(Messages.createError("privacy.erase.confirm.required"));
            return null;
        }
        var ok = stepUp.confirm(password);
        password = null;
        if (!ok) {
            Messages.addGlobal(Messages.createError("review.stepUp.wrong"));
            return null;
        }
        try {
            erasure.erase(account.getId());
        } catch (RefusedException refused) {
            Refusals.addGlobal(refused);
            return null;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/account/erased?faces-redirect=true";
    }

    /** How long the ID number's keyed fingerprint is kept after erasure (0: not at all). */
    public int getKeepDays() {
        return erasure.keepIdHashDays();
    }

    public boolean isAdmin() {
        return member.account().map(a -> a.isAdmin()).orElse(false);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
