package io.trustmark.platform.domain;

import java.util.List;

/**
 * Something a member or admin asked for that the rules do not allow: the one refusal type of the
 * application. The message key names the reason in the bundles and the arguments fill its placeholders;
 * {@link #field()} (when set) names the input the message belongs beside. The web layer shows it with
 * {@code io.trustmark.platform.web.Refusals}; nothing here knows about Faces or CDI, so domain code may
 * throw it too.
 *
 * <p>A feature subclasses it only when it adds something (a reason enum, a type a transaction boundary
 * or a catch must tell apart); otherwise it throws this type itself.
 */
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String field;
    private final List<Object> args;

    public RefusedException(String messageKey, Object... args) {
        this(messageKey, null, null, null, args);
    }

    /**
     * @param field  the input the message belongs beside, or null for the whole page
     * @param detail a technical detail for the log (never shown, never personal data), or null
     * @param cause  the failure behind the refusal, or null
     */
    protected RefusedException(String messageKey, String field, String detail, Throwable cause, Object[] args) {
        super(detail == null ? messageKey : messageKey + ": " + detail, cause);
        this.messageKey = messageKey;
        this.field = field;
        this.args = List.of(args);
    }

    /** The bundle key of the user-facing message. */
    public String messageKey() {
        return messageKey;
    }

    /** Values for the placeholders of the message, in order; often empty. */
    public Object[] args() {
        return args.toArray();
    }

    /** The input the message belongs beside, or null for the whole page. */
    public String field() {
        return field;
    }
}
