package io.trustmark.membership.infrastructure;

import io.trustmark.platform.domain.RefusedException;

/** ThaID's answer was not accepted (cancelled, replayed, a token that fails validation): nothing is stored. */
public class ThaIdRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ThaIdRefusedException(String messageKey) {
        super(messageKey);
    }

    /** @param detail what failed, for the log only (never a token, never personal data) */
    public ThaIdRefusedException(String messageKey, String detail, Throwable cause) {
        super(messageKey, null, detail, cause, new Object[0]);
    }
}
