package io.trustmark.review.web;

import io.trustmark.platform.audit.AuditChainCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The chain-status box on /admin/audit: the whole chain recomputed on each visit (pdpa). */
@Named
@RequestScoped
public class AuditChainBacking {

    @Inject
    AuditChainCheck check;

    private AuditChainCheck.Status status;

    public AuditChainCheck.Status getStatus() {
        if (status == null) {
            status = check.verify();
        }
        return status;
    }
}
