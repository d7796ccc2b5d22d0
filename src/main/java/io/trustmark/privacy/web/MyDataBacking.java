package io.trustmark.privacy.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.privacy.application.DocumentView;
import io.trustmark.privacy.application.MemberData;
import io.trustmark.review.application.StepUp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * /member/data: who opened the member's documents, and the archive of everything held about them. Both only
 * after the password was typed within the step-up time (the same step-up as the admins' decisions): a session
 * left open on a shared computer must not hand over a person's whole file.
 */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject
    MemberData data;

    @Inject
    CurrentMember member;

    @Inject
    StepUp stepUp;

    private String password;
    private List<DocumentView> views;

    public boolean isLocked() {
        return stepUp.isRequired();
    }

    public int getMinutes() {
        return stepUp.getMinutes();
    }

    public String unlock() {
        var ok = stepUp.confirm(password);
        password = null;
        if (!ok) {
            Messages.addGlobal(Messages.createError("review.stepUp.wrong"));
        }
        return null;
    }

    public List<DocumentView> getViews() {
        if (views == null) {
            views = isLocked() ? List.of() : data.documentViews(memberId());
        }
        return views;
    }

    public void download() throws IOException {
        if (isLocked()) {
            Messages.addGlobal(Messages.createError("privacy.locked"));
            return;
        }
        var archive = data.export(memberId()).toString().getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(archive, "trustmark-my-data.json", true);
    }

    private Long memberId() {
        return member.account().orElseThrow().getId();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
