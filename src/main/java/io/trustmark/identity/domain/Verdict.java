package io.trustmark.identity.domain;

/**
 * The outcome of an automatic identity check. Only {@link #MATCH} may count in the member's
 * favour; anything the rules cannot settle exactly is left to a person as {@link #NEEDS_REVIEW}.
 */
public enum Verdict {
    MATCH,
    MISMATCH,
    NEEDS_REVIEW
}
