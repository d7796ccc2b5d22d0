package io.trustmark.account.application;

/** A sign-up or confirmation step that cannot go ahead; the key names the reason in the bundles. */
public class AccountRefusedException extends RuntimeException {

    private final String messageKey;

    public AccountRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
