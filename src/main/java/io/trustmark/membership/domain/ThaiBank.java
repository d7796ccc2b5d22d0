package io.trustmark.membership.domain;

/**
 * Banks whose passbooks members send. A fixed list rather than free text, so reviewers and any later
 * report see one spelling per bank; names come from the bundles.
 */
public enum ThaiBank {
    BBL,
    KBANK,
    KTB,
    SCB,
    BAY,
    TTB,
    GSB,
    BAAC,
    GHB,
    UOB,
    CIMB,
    KKP,
    LHB,
    TISCO,
    ICBC,
    IBANK
}
