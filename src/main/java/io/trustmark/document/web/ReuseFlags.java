package io.trustmark.document.web;

import io.trustmark.membership.domain.CheckCode;
import io.trustmark.membership.domain.CheckReason;
import io.trustmark.membership.domain.RequestCheck;
import io.trustmark.platform.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * How the review page words the reuse checks: each reason in the reviewer's language, with the other
 * request it points at (its first argument) so the page can link it.
 */
@Named
@ApplicationScoped
public class ReuseFlags {

    public List<RequestCheck> of(List<RequestCheck> checks) {
        return checks.stream().filter(c -> c.getCode() == CheckCode.IMAGE_REUSE || c.getCode() == CheckCode.DUPLICATE_ID).toList();
    }

    public String describe(CheckReason reason) {
        return Texts.text(reason.key(), reason.args().toArray());
    }

    /** The id of the request a reason points at, or null when it points at none. */
    public String otherRequest(CheckReason reason) {
        return reason.key().endsWith(".none") || reason.args().isEmpty() ? null : reason.args().get(0);
    }
}
