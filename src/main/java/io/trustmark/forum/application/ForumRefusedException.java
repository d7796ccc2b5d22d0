package io.trustmark.forum.application;

/** A post that may not be made; the key says why in the reader's language. */
public class ForumRefusedException extends RuntimeException {

    private final String messageKey;

    public ForumRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
