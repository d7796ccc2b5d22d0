package io.trustmark.document.domain;

import io.trustmark.platform.domain.RefusedException;

/** A hand-off link that may not be used (any more); the reason names the page the phone is shown. */
public class HandoffRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No hand-off has this token (mistyped, cut off, or made up). */
        UNKNOWN("handoff.refused.unknown"),
        /** The link's minutes are over. */
        EXPIRED("handoff.refused.expired"),
        /** The member left the wizard, started it again, sent the request, or made a new link. */
        CLOSED("handoff.refused.closed"),
        /** Another device opened the link first: a link seen over someone's shoulder is worth nothing. */
        OTHER_DEVICE("handoff.refused.otherDevice"),
        /** A photo the member's request does not ask for (only a forged form sends one). */
        NOT_NEEDED("handoff.refused.notNeeded");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public HandoffRefusedException(Reason reason) {
        super(reason.messageKey(), null, null, null, new Object[0]);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
