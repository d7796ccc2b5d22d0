package io.trustmark.identity.domain;

import java.util.List;
import java.util.Objects;

/**
 * Human-readable reason as a bundle key plus arguments, so the reviewer reads it in their language.
 *
 * <p>The domain cannot format texts itself (it has no locale and no bundle); the arguments are
 * values such as names as printed, never words of a language.
 */
public record Explanation(String key, List<String> args) {

    public Explanation {
        Objects.requireNonNull(key, "key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Explanation of(String key, String... args) {
        return new Explanation(key, List.of(args));
    }
}
