package io.trustmark.platform.logging;

import java.util.regex.Pattern;

/**
 * Masks the personal data that has a recognisable shape: Thai national ID numbers (13 digits, also
 * spaced or dashed as printed, also in Thai digits), passport numbers of the Thai shape and e-mail
 * addresses. Names and usernames have no shape; the code never logs them, and this is the net for
 * text the code does not write itself, such as a database driver's message quoting a duplicate value.
 * <pre>{@code
 * PersonalDataRedactor.redact("Key (id_number)=(3100600445635) already exists")
 *     -> "Key (id_number)=([id-number]) already exists"
 * }</pre>
 */
public final class PersonalDataRedactor {

    private static final String DIGIT = "[0-9\\u0E50-\\u0E59]";
    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<!" + DIGIT + ")" + DIGIT + "(?:[ \\u00A0-]?" + DIGIT + "){12}(?!" + DIGIT + ")");
    private static final Pattern PASSPORT = Pattern.compile("\\b[A-Z]{1,2}[0-9]{6,7}\\b");
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    public static final String ID_NUMBER_MASK = "[id-number]";
    public static final String PASSPORT_MASK = "[passport]";
    public static final String EMAIL_MASK = "[e-mail]";

    private PersonalDataRedactor() {}

    /** The text with every match masked; the same instance when there was nothing to mask. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        var masked = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        masked = ID_NUMBER.matcher(masked).replaceAll(ID_NUMBER_MASK);
        masked = PASSPORT.matcher(masked).replaceAll(PASSPORT_MASK);
        return masked.equals(text) ? text : masked;
    }

    /**
     * The throwable with its messages masked, through causes and suppressed exceptions. When nothing
     * needed masking it is returned as it is; otherwise a {@link RedactedThrowable} stands in for each
     * link, naming the original class and keeping its stack trace.
     */
    public static Throwable redact(Throwable thrown) {
        if (thrown == null || !needsRedaction(thrown, 0)) {
            return thrown;
        }
        return copy(thrown, 0);
    }

    private static boolean needsRedaction(Throwable thrown, int depth) {
        if (thrown == null || depth > 20) {
            return false;
        }
        var message = thrown.getMessage();
        if (message != null && !redact(message).equals(message)) {
            return true;
        }
        for (var suppressed : thrown.getSuppressed()) {
            if (needsRedaction(suppressed, depth + 1)) {
                return true;
            }
        }
        return thrown.getCause() != thrown && needsRedaction(thrown.getCause(), depth + 1);
    }

    private static Throwable copy(Throwable thrown, int depth) {
        var cause = thrown.getCause() == null || thrown.getCause() == thrown || depth > 20
                ? null
                : copy(thrown.getCause(), depth + 1);
        var copy = new RedactedThrowable(thrown.getClass().getName(), redact(thrown.getMessage()), cause);
        copy.setStackTrace(thrown.getStackTrace());
        for (var suppressed : thrown.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, depth + 1));
        }
        return copy;
    }

    /** Stands in for a throwable whose message was masked; prints like the original. */
    public static final class RedactedThrowable extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String originalClass;

        RedactedThrowable(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        public String originalClass() {
            return originalClass;
        }

        @Override
        public String toString() {
            var message = getLocalizedMessage();
            return message == null ? originalClass : originalClass + ": " + message;
        }
    }
}
