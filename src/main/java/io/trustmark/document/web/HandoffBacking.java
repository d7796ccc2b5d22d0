package io.trustmark.document.web;

import io.trustmark.document.application.DocumentIntake;
import io.trustmark.document.application.Handoffs;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.document.domain.HandoffRefusedException;
import io.trustmark.document.domain.HandoffToken;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.web.PageTexts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /handoff?t=…: the page a phone opens from the wizard's QR code. No sign-in: the token is the credential,
 * and the first device to open it is bound to it by a secret kept in that device's session (so a reload,
 * or the browser coming back from the camera, still works, and a second device does not). It lists the
 * photos the member's request asks for and sends each through the same intake as the wizard, into the
 * member's drafts; the wizard on the computer shows them arrive. It speaks the wizard's language.
 */
@Named
@ViewScoped
public class HandoffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the device secrets this browser was given, by the hash of the link's token. */
    static final String DEVICES = "trustmark.handoff.devices";

    /** The hidden field that carries {@link #getFormToken()} in every form of the page. */
    static final String FORM_TOKEN = "csrf";

    @Inject
    Handoffs handoffs;

    @Inject
    DocumentIntake intake;

    private String token;
    private Long handoffId;
    private List<DocumentKind> kinds = List.of();
    private String languageTag;
    private String deviceSecret;
    private String formToken;
    private Instant expiresAt;
    private HandoffRefusedException.Reason refusal;
    private final Map<DocumentKind, String> results = new EnumMap<>(DocumentKind.class);
    private final Map<DocumentKind, Boolean> accepted = new EnumMap<>(DocumentKind.class);
    private transient Part photo;
    private transient List<DocumentKind> received;

    /** The page is opened (f:viewAction, GET only): opens the link for this device, or says why not. */
    public void open() {
        var session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        var devices = (Map<String, String>) session.getOrDefault(DEVICES, new HashMap<String, String>());
        var key = HandoffToken.wellFormed(token) ? HandoffToken.hash(token) : "";
        var secret = devices.getOrDefault(key, HandoffToken.generate());
        try {
            var opened = handoffs.open(token, secret);
            devices.put(key, secret);
            // Set again, not only changed, so that a replicated session carries it too.
            session.put(DEVICES, devices);
            handoffId = opened.id();
            kinds = opened.kinds();
            languageTag = opened.language();
            deviceSecret = secret;
            formToken = HandoffToken.generate();
            expiresAt = opened.expiresAt();
            speakTheWizardsLanguage();
        } catch (HandoffRefusedException e) {
            refuse(e);
        }
    }

    /** Sends the chosen photo of {@code kindName}: checked by the intake, kept as the member's draft. */
    public void upload(String kindName) {
        speakTheWizardsLanguage();
        var kind = DocumentKind.valueOf(kindName);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (handoffId == null || !sameToken(external.getRequestParameterMap().get(FORM_TOKEN))) {
            // Only a forged form lacks the token; it gets nothing, not even a page.
            try {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            handoffs.checkUpload(handoffId, deviceSecret, kind);
            if (photo == null) {
                throw new DocumentRefusedException(DocumentRefusedException.Reason.EMPTY, "no file chosen");
            }
            byte[] bytes;
            try {
                bytes = intake.read(photo.getSize(), photo.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            handoffs.put(handoffId, deviceSecret, kind, intake.sanitize(bytes, kind));
            received = null;
            result(kind, true, PageTexts.text("handoff.phone.received"));
        } catch (DocumentRefusedException e) {
            var args = intake.messageArgs(e);
            result(kind, false, PageTexts.text(e.reason().messageKey(), args));
            if (e.reason() == DocumentRefusedException.Reason.BUSY) {
                // The page still says it in words; the status tells the phone's browser (or a script) when to retry.
                external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                external.setResponseHeader("Retry-After", Integer.toString(intake.retryAfterSeconds()));
            }
        } catch (HandoffRefusedException e) {
            refuse(e);
        } finally {
            photo = null;
        }
    }

    /**
     * The wizard's language, not this browser's (the phone may be set to another). Set on every request of
     * the view: a postback's view is built afresh in the browser's language.
     */
    private void speakTheWizardsLanguage() {
        if (languageTag != null) {
            FacesContext.getCurrentInstance().getViewRoot().setLocale(Languages.orFallback(languageTag));
        }
    }

    private void result(DocumentKind kind, boolean ok, String text) {
        results.put(kind, text);
        accepted.put(kind, ok);
    }

    /** The link may not be used: the page says why, with a status a machine understands too. */
    private void refuse(HandoffRefusedException e) {
        refusal = e.reason();
        handoffId = null;
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .setResponseStatus(
                        switch (e.reason()) {
                            case UNKNOWN -> HttpServletResponse.SC_NOT_FOUND;
                            case EXPIRED, CLOSED -> HttpServletResponse.SC_GONE;
                            case OTHER_DEVICE, NOT_NEEDED -> HttpServletResponse.SC_FORBIDDEN;
                        });
    }

    private boolean sameToken(String sent) {
        return formToken != null
                && sent != null
                && MessageDigest.isEqual(
                        formToken.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    // ---- what the page shows -----------------------------------------------------------------

    public boolean isOpen() {
        return handoffId != null;
    }

    public HandoffRefusedException.Reason getRefusal() {
        return refusal;
    }

    public boolean needs(String kind) {
        return isOpen() && kinds.contains(DocumentKind.valueOf(kind));
    }

    /** Whether the member has a photo of {@code kind} (from either device); the photo itself is not shown here. */
    public boolean received(String kind) {
        if (received == null) {
            received = isOpen() ? handoffs.received(handoffId) : List.of();
        }
        return received.contains(DocumentKind.valueOf(kind));
    }

    public boolean isAllReceived() {
        return isOpen() && kinds.stream().allMatch(k -> received(k.name()));
    }

    /** What became of the last photo of {@code kind} sent from this page, or null. */
    public String result(String kind) {
        return results.get(DocumentKind.valueOf(kind));
    }

    public boolean accepted(String kind) {
        return Boolean.TRUE.equals(accepted.get(DocumentKind.valueOf(kind)));
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getFormToken() {
        return formToken;
    }

    // ---- fields ------------------------------------------------------------------------------

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
