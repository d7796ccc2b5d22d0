package io.trustmark.membership.application;

import java.util.List;

/**
 * A verification request that cannot be accepted; the key names the reason in the bundles, and
 * {@code field} (when set) the wizard field the member has to correct.
 */
public class UpgradeRefusedException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final List<Object> args;

    public UpgradeRefusedException(String messageKey) {
        this(messageKey, null);
    }

    public UpgradeRefusedException(String messageKey, String field, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input the message belongs beside, or null for the whole page. */
    public String field() {
        return field;
    }

    public Object[] args() {
        return args.toArray();
    }
}
