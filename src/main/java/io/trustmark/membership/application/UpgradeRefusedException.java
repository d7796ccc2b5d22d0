package io.trustmark.membership.application;

import io.trustmark.platform.domain.RefusedException;

/**
 * A verification request that cannot be accepted; {@link #field()} (when set) names the wizard field the
 * member has to correct. Its own type because submitting catches it to record the refusal.
 */
public class UpgradeRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public UpgradeRefusedException(String messageKey) {
        this(messageKey, null);
    }

    public UpgradeRefusedException(String messageKey, String field, Object... args) {
        super(messageKey, field, null, null, args);
    }
}
