package io.trustmark.review.web;

import io.trustmark.platform.web.PageTexts;
import io.trustmark.review.application.ReasonService;
import io.trustmark.review.domain.ReviewReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * Reasons as the person at the page reads them, in the page's language. A stored decision keeps the text the
 * member was sent, in the member's language; an admin reading an earlier decision gets it in their own
 * language instead, rebuilt from the listed reason's code and the reviewer's own words ({@code
 * #{reasonTexts.given(code, freeText, asSent)}}).
 */
@Named
@ApplicationScoped
public class ReasonTexts {

    @Inject
    ReasonService reasons;

    /** A listed reason for a reviewer to pick, led by the document it speaks of when it speaks of one. */
    public static String listed(ReviewReason listed) {
        var text = listed.text(Faces.getLocale());
        return listed.getDocumentKind() == null
                ? text
                : PageTexts.text(
                        "review.reasonCode.forKind",
                        PageTexts.text(
                                "document.kind." + listed.getDocumentKind().name()),
                        text);
    }

    /**
     * An earlier reason in the reader's language: the listed text for {@code code} followed by the reviewer's
     * words; {@code asSent} (the text the member got) when neither gives words, as for a code no longer in the
     * list.
     */
    public String given(String code, String freeText, String asSent) {
        var text = code == null && freeText == null ? null : reasons.memberText(code, freeText, Faces.getLocale());
        return text == null ? asSent : text;
    }
}
