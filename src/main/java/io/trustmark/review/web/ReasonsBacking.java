package io.trustmark.review.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.platform.web.Refusals;
import io.trustmark.review.application.ReasonService;
import io.trustmark.review.domain.ReasonUse;
import io.trustmark.review.domain.ReviewReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** /admin/reasons: the list of reasons reviewers pick from, in English and Thai; add, edit, retire. */
@Named
@ViewScoped
public class ReasonsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReasonService reasons;

    @Inject
    CurrentMember member;

    private Long id;
    private long shownVersion;
    private String code;
    private ReasonUse appliesTo = ReasonUse.RESUBMIT;
    private DocumentKind documentKind;
    private String textEn;
    private String textTh;
    private boolean active = true;
    private int position = 100;
    /** Read once per view: the table's getter is called in every phase of every postback. */
    private transient List<ReviewReason> all;

    public List<ReviewReason> getAll() {
        if (all == null) {
            all = reasons.all();
        }
        return all;
    }

    public ReasonUse[] getUses() {
        return ReasonUse.values();
    }

    public DocumentKind[] getDocumentKinds() {
        return DocumentKind.values();
    }

    public void edit(ReviewReason reason) {
        id = reason.getId();
        shownVersion = reason.getVersion();
        code = reason.getCode();
        appliesTo = reason.getAppliesTo();
        documentKind = reason.getDocumentKind();
        textEn = reason.getTextEn();
        textTh = reason.getTextTh();
        active = reason.isActive();
        position = reason.getPosition();
    }

    public void startNew() {
        id = null;
        shownVersion = 0;
        code = null;
        appliesTo = ReasonUse.RESUBMIT;
        documentKind = null;
        textEn = null;
        textTh = null;
        active = true;
        position = 100;
    }

    public String save() {
        try {
            var saved = reasons.save(
                    id,
                    shownVersion,
                    code,
                    appliesTo,
                    documentKind,
                    textEn,
                    textTh,
                    active,
                    position,
                    member.getUsername());
            Messages.addFlashGlobal(Messages.createInfo("reasons.saved", saved.getCode()));
        } catch (RefusedException e) {
            Refusals.addGlobal(e);
            all = null; // someone else changed the list: show it as it is now
            return null;
        }
        return "/admin/reasons?faces-redirect=true";
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getCodePattern() {
        return ReviewReason.CODE_PATTERN;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ReasonUse getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(ReasonUse appliesTo) {
        this.appliesTo = appliesTo;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextTh() {
        return textTh;
    }

    public void setTextTh(String textTh) {
        this.textTh = textTh;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
