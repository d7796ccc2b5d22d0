package io.trustmark.membership.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.DocumentIntake;
import io.trustmark.document.application.DocumentSummary;
import io.trustmark.document.application.Handoffs;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.platform.web.QrCodes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The wizard's photos step on /member/verify: the photos uploaded so far (sealed drafts), each upload, and
 * "continue on another device" (the link, its QR code, and the poll that shows what a phone added).
 * {@link VerifyBacking} tells it when the member reaches the step and which photos the chosen path needs.
 */
@Named
@ViewScoped
public class PhotosStepBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentIntake intake;

    @Inject
    DocumentDrafts drafts;

    @Inject
    Handoffs handoffs;

    @Inject
    CurrentMember member;

    /** The member is on the photos step: only then does the poll look for arrivals. */
    private boolean shown;
    /** "Continue on another device": the link of this wizard, its QR code, and what the poll saw last. */
    private Handoffs.Link handoff;

    private List<DocumentKind> handoffKinds;
    private String handoffQr;
    private Handoffs.Status handoffStatus;
    private String seenDrafts;

    private transient List<DocumentSummary> uploaded;

    /**
     * On reaching the photos step: keeps a link that still works for the same photos, else makes one (the
     * member may have gone back and chosen another tier or document, or let it expire).
     */
    void enter(List<DocumentKind> kinds) {
        shown = true;
        if (handoff != null && kinds.equals(handoffKinds)) {
            refreshHandoff();
            if (handoffStatus.live()) {
                return;
            }
        }
        handoffKinds = List.copyOf(kinds);
        renewHandoff();
    }

    /** The member went to another step. */
    void leave() {
        shown = false;
    }

    /** A new link (the old one stops working), e.g. when the wrong phone opened it or it expired. */
    public void renewHandoff() {
        if (handoffKinds == null || handoffKinds.isEmpty()) {
            return;
        }
        handoff = handoffs.issue(accountId(), handoffKinds, Faces.getLocale().getLanguage());
        handoffQr = QrCodes.pngDataUri(handoff.url());
        refreshHandoff();
    }

    /**
     * The poll (every few seconds while on this step and the link works): tells the page whether anything
     * changed (a photo arrived, the phone opened the link, the link ended), so that the page re-renders the
     * previews only then. The page decides what to re-render; the bean names no component.
     */
    public void pollHandoff() {
        var changed = false;
        var live = false;
        if (shown && handoff != null) {
            var before = handoffStatus;
            var seen = seenDrafts;
            refreshHandoff();
            live = handoffStatus.live();
            changed = !seenDrafts.equals(seen)
                    || before == null
                    || before.live() != live
                    || before.opened() != handoffStatus.opened();
        }
        var ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam("handoffChanged", changed);
        ajax.addCallbackParam("handoffLive", live);
    }

    private void refreshHandoff() {
        handoffStatus = handoffs.status(handoff.id(), accountId())
                .orElse(new Handoffs.Status(false, false, handoff.expiresAt()));
        rememberDrafts();
    }

    /** Notes the drafts the page shows now, so the poll reports only what arrived after. */
    private void rememberDrafts() {
        uploaded = drafts.list(accountId());
        seenDrafts = uploaded.stream().map(d -> d.id().toString()).collect(Collectors.joining(","));
    }

    /** A photo arrives: checked and sealed at once, or refused with the reason beside its upload field. */
    public void upload(FileUploadEvent event) {
        var kind = DocumentKind.valueOf(
                (String) event.getComponent().getAttributes().get("kind"));
        var context = FacesContext.getCurrentInstance();
        var clientId = event.getComponent().getClientId(context);
        try {
            var file = event.getFile();
            byte[] bytes;
            try {
                bytes = intake.read(file.getSize(), file.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            drafts.put(accountId(), kind, intake.sanitize(bytes, kind));
            // Seen here already: the poll need not re-render the previews for it.
            rememberDrafts();
            context.addMessage(clientId, Messages.createInfo("verify.upload.received"));
        } catch (DocumentRefusedException e) {
            context.addMessage(clientId, Messages.createError(e.reason().messageKey(), intake.messageArgs(e)));
        }
    }

    /** The member's draft of {@code kind}, or null. */
    public DocumentSummary draft(String kind) {
        if (uploaded == null) {
            uploaded = drafts.list(accountId());
        }
        return uploaded.stream()
                .filter(d -> d.kind().name().equals(kind))
                .findFirst()
                .orElse(null);
    }

    private Long accountId() {
        return member.account().orElseThrow().getId();
    }

    public long getMaxMegabytes() {
        return intake.maxBytes() / (1024 * 1024);
    }

    public Handoffs.Link getHandoff() {
        return handoff;
    }

    public String getHandoffQr() {
        return handoffQr;
    }

    public boolean isHandoffLive() {
        return handoffStatus != null && handoffStatus.live();
    }

    public boolean isHandoffOpened() {
        return handoffStatus != null && handoffStatus.opened();
    }
}
