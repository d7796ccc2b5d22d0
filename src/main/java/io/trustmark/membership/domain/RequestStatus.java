package io.trustmark.membership.domain;

/** Where a verification request stands. Only {@link #SUBMITTED} is open; the others are final. */
public enum RequestStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean open() {
        return this == SUBMITTED;
    }
}
