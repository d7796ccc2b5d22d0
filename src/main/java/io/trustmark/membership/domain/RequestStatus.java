package io.trustmark.membership.domain;

/**
 * Where a verification request stands. Only {@link #SUBMITTED} is open; the others are final for that
 * request. {@link #RESUBMIT} means a reviewer sent it back to be fixed (the member may send a new one),
 * {@link #REJECTED} that it was refused for good.
 */
public enum RequestStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    RESUBMIT;

    public boolean open() {
        return this == SUBMITTED;
    }
}
