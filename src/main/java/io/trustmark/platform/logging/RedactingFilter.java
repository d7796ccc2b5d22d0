package io.trustmark.platform.logging;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Masks personal data in a log record (message, parameters, exception) before the handler formats it,
 * then defers to the filter the handler had before.
 */
public final class RedactingFilter implements Filter {

    private final Filter previous;

    public RedactingFilter(Filter previous) {
        this.previous = previous;
    }

    public Filter previous() {
        return previous;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        record.setMessage(PersonalDataRedactor.redact(record.getMessage()));
        var parameters = record.getParameters();
        if (parameters != null) {
            var masked = parameters.clone();
            boolean changed = false;
            for (int i = 0; i < masked.length; i++) {
                if (masked[i] != null) {
                    var text = String.valueOf(masked[i]);
                    var redacted = PersonalDataRedactor.redact(text);
                    if (!redacted.equals(text)) {
                        masked[i] = redacted;
                        changed = true;
                    }
                }
            }
            if (changed) {
                record.setParameters(masked);
            }
        }
        record.setThrown(PersonalDataRedactor.redact(record.getThrown()));
        return previous == null || previous.isLoggable(record);
    }
}
