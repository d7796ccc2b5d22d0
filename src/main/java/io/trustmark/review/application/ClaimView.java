package io.trustmark.review.application;

import java.io.Serializable;
import java.time.Instant;

/** Who holds a request after an attempt to claim it, and until when. */
public record ClaimView(Outcome outcome, Long holderId, String holder, Instant until) implements Serializable {

    public enum Outcome {
        /** This admin holds it now (new, renewed or taken over). */
        MINE,
        /** Another admin holds it. */
        HELD,
        /** Nobody holds it. */
        FREE,
        /** The request is decided or withdrawn: there is nothing to claim. */
        CLOSED
    }

    public static final ClaimView FREE_VIEW = new ClaimView(Outcome.FREE, null, null, null);
    public static final ClaimView CLOSED_VIEW = new ClaimView(Outcome.CLOSED, null, null, null);

    public boolean mine() {
        return outcome == Outcome.MINE;
    }

    public boolean heldByOther() {
        return outcome == Outcome.HELD;
    }
}
