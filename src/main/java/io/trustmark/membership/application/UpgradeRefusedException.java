package io.trustmark.membership.application;

/** A verification request that cannot be accepted; the key names the reason in the bundles. */
public class UpgradeRefusedException extends RuntimeException {

    private final String messageKey;

    public UpgradeRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
