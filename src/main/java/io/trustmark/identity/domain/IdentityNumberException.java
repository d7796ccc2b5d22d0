package io.trustmark.identity.domain;

import java.util.Objects;

/**
 * Signals that a typed identity number (national ID or passport) was refused.
 *
 * <p>The {@link Reason} lets the UI show a localised, specific message via
 * {@link Reason#messageKey()}. The exception message deliberately carries only that key and
 * never the submitted number, because exception messages end up in logs and the number is
 * personal data.
 */
public class IdentityNumberException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an identity number was refused; each maps to a resource-bundle key. */
    public enum Reason {
        EMPTY("identity.number.empty"),
        INVALID_CHARACTERS("identity.number.invalidCharacters"),
        WRONG_LENGTH("identity.number.wrongLength"),
        INVALID_CATEGORY("identity.number.invalidCategory"),
        BAD_CHECKSUM("identity.number.badChecksum"),
        INVALID_PASSPORT("identity.passport.invalid");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The resource-bundle key of the user-facing message for this reason. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public IdentityNumberException(Reason reason) {
        super(Objects.requireNonNull(reason, "reason").messageKey());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
