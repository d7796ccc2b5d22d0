package io.trustmark.membership.domain;

/** What an admin's approval did: decided the request, or recorded the first of two required approvals. */
public enum ApprovalOutcome {
    APPROVED,
    FIRST_APPROVAL_RECORDED
}
