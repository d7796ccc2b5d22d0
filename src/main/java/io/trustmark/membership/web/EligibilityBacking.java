package io.trustmark.membership.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.application.EligibilityService;
import io.trustmark.membership.domain.Eligibility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * What the member may request now and why not ({@code membership.domain.EligibilityPolicy}), for
 * /member/verify: the wizard's first steps list it (refused tiers disabled, with the reason), and the page shows
 * it instead of the wizard when nothing may be requested. Read once per request: the wizard's view outlives
 * decisions taken meanwhile, the rule must not.
 */
@Named
@RequestScoped
public class EligibilityBacking {

    @Inject
    EligibilityService eligibilities;

    @Inject
    CurrentMember member;

    private Eligibility eligibility;

    public Eligibility eligibility() {
        if (eligibility == null) {
            eligibility = eligibilities.of(member.account().orElseThrow());
        }
        return eligibility;
    }

    /** Each tier above the member's, with the reason when it may not be requested. */
    public List<Eligibility.Option> getOptions() {
        return eligibility().options();
    }

    /**
     * Nothing may be requested now, for a reason the page does not already give (an open request, an
     * unconfirmed address, no higher tier).
     */
    public boolean isRefusedShown() {
        var open = eligibility().options().stream()
                .anyMatch(o -> o.refusal() != null
                        && "verify.alreadyOpen".equals(o.refusal().messageKey()));
        return member.isEmailConfirmed()
                && !eligibility().anyAllowed()
                && !getOptions().isEmpty()
                && !open;
    }

    /** Whether the member may send {@code kind} as their identity document (a final refusal may bar one). */
    public boolean documentAllowed(String kind) {
        var document = DocumentKind.valueOf(kind);
        var thai = member.account().orElseThrow().isThai();
        return !eligibility().barredDocuments().contains(document) && (thai || document != DocumentKind.ID_CARD_FRONT);
    }
}
