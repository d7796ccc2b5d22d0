package io.trustmark.review.application;

/** Another admin holds the request: take it over explicitly before deciding. */
public class ClaimedByOtherException extends RuntimeException {

    private final String holder;

    public ClaimedByOtherException(String holder) {
        super("Request is claimed by " + holder);
        this.holder = holder;
    }

    public String holder() {
        return holder;
    }
}
