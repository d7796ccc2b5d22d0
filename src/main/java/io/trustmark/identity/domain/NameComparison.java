package io.trustmark.identity.domain;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of a name check with every reason behind it: the deciding ones first, then
 * informational ones (titles ignored, characters repaired) that a reviewer may want to see.
 */
public record NameComparison(Verdict verdict, List<Explanation> reasons) {

    public NameComparison {
        Objects.requireNonNull(verdict, "verdict");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Whether any reason carries {@code key}; handy for callers that react to one kind of finding. */
    public boolean hasReason(String key) {
        return reasons.stream().anyMatch(reason -> reason.key().equals(key));
    }
}
