package io.trustmark.membership.domain;

/** The request is no longer open: someone decided or withdrew it first. */
public class RequestAlreadyDecidedException extends RuntimeException {

    private final RequestStatus status;

    public RequestAlreadyDecidedException(RequestStatus status) {
        super("Request is already " + status);
        this.status = status;
    }

    public RequestStatus status() {
        return status;
    }
}
