package io.trustmark.review.web;

import io.trustmark.review.application.StepUp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

/** The password form shown on decision pages when {@link StepUp} asks for it (WEB-INF/includes/step-up.xhtml). */
@Named
@RequestScoped
public class StepUpBacking {

    @Inject
    StepUp stepUp;

    private String password;

    public String confirm() {
        var ok = stepUp.confirm(password);
        password = null;
        Messages.addGlobal(
                ok ? Messages.createInfo("review.stepUp.confirmed") : Messages.createError("review.stepUp.wrong"));
        return null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
