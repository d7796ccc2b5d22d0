package io.trustmark.membership.domain;

import java.util.List;

/** The outcome of one automatic check before it is stored with its request. */
public record CheckResult(CheckCode code, CheckOutcome outcome, List<CheckReason> reasons) {

    public CheckResult {
        reasons = List.copyOf(reasons);
    }

    public static CheckResult of(CheckCode code, CheckOutcome outcome, CheckReason... reasons) {
        return new CheckResult(code, outcome, List.of(reasons));
    }
}
