package io.trustmark.identity.domain;

import java.util.List;

/**
 * Signals that two lines are not a readable TD3 (passport) machine-readable zone. The message is
 * the bundle key only: the lines themselves are personal data and must not reach a log.
 */
public class MrzException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> args;

    public MrzException(String key, String... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    /** Positions and lengths, never content of the zone. */
    public List<String> args() {
        return args;
    }

    public Explanation explanation() {
        return new Explanation(key, args);
    }
}
