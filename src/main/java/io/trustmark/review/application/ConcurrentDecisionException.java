package io.trustmark.review.application;

/** Another admin decided (or the member withdrew) the request while this admin was looking at it. */
public class ConcurrentDecisionException extends RuntimeException {

    private final String decidedBy;

    public ConcurrentDecisionException(String decidedBy) {
        super("Request was decided concurrently");
        this.decidedBy = decidedBy;
    }

    /** Who decided first, or null when the member withdrew or it is not known yet. */
    public String decidedBy() {
        return decidedBy;
    }
}
