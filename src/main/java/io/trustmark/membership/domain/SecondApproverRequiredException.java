package io.trustmark.membership.domain;

/** The four-eyes rule: the admin who gave the first approval cannot also give the second. */
public class SecondApproverRequiredException extends RuntimeException {

    public SecondApproverRequiredException() {
        super("The second approval must come from a different admin");
    }
}
