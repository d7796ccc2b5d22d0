package io.trustmark.membership.domain;

/** How an automatic check came out. Only PASS means nothing to look at; the reviewer decides in every case. */
public enum CheckOutcome {
    PASS,
    FAIL,
    NEEDS_REVIEW
}
