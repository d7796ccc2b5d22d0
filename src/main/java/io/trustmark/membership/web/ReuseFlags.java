package io.trustmark.membership.web;

import io.trustmark.membership.domain.CheckCode;
import io.trustmark.membership.domain.RequestCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * The requests a reuse check points at, so the review page can link them. The reasons themselves are
 * worded by the page's list of all checks; their first argument is the other request's id.
 */
@Named
@ApplicationScoped
public class ReuseFlags {

    public List<String> otherRequests(List<RequestCheck> checks) {
        return checks.stream()
                .filter(c -> c.getCode() == CheckCode.IMAGE_REUSE || c.getCode() == CheckCode.DUPLICATE_ID)
                .flatMap(c -> c.reasons().stream())
                .filter(r -> !r.key().endsWith(".none") && !r.args().isEmpty())
                .map(r -> r.args().get(0))
                .distinct()
                .toList();
    }
}
