package io.trustmark.review.application;

/** A review action that cannot be done as asked; the key names the reason in the bundles. */
public class ReviewRefusedException extends RuntimeException {

    private final String messageKey;

    public ReviewRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
