package io.trustmark.membership.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a check came out as it did, as a message key and its arguments, so the reviewer reads it in their
 * own language while the stored result stays the same.
 */
public record CheckReason(String key, List<String> args) {

    // Control characters never survive name normalisation or number folding, so they cannot occur in args.
    private static final String FIELD = "\u001f";
    private static final String RECORD = "\u001e";

    public CheckReason {
        Objects.requireNonNull(key);
        args = List.copyOf(args);
    }

    public static CheckReason of(String key, Object... args) {
        return new CheckReason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** One column for any number of reasons. */
    public static String encode(List<CheckReason> reasons) {
        var out = new StringBuilder();
        for (var reason : reasons) {
            if (!out.isEmpty()) {
                out.append(RECORD);
            }
            out.append(reason.key());
            reason.args()
                    .forEach(a -> out.append(FIELD).append(a.replace(FIELD, " ").replace(RECORD, " ")));
        }
        return out.toString();
    }

    public static List<CheckReason> decode(String column) {
        var reasons = new ArrayList<CheckReason>();
        if (column == null || column.isEmpty()) {
            return reasons;
        }
        for (var record : column.split(RECORD)) {
            var fields = record.split(FIELD, -1);
            reasons.add(new CheckReason(fields[0], List.of(fields).subList(1, fields.length)));
        }
        return reasons;
    }
}
