package io.trustmark.review.web;

import io.trustmark.platform.web.PageTexts;
import io.trustmark.review.application.AuditRow;
import io.trustmark.review.application.ReasonService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/**
 * The audit page's "Detail" column in the reader's words ({@code #{auditDetails.text(e)}}). The audit log keeps
 * what each action wrote as plain text, written by the feature that recorded it ({@code CITIZEN -> REGISTERED
 * reason=MISUSE}, {@code reason=DOC_ALTERED}, {@code ID_CARD_FRONT,FACE}): the stored rows never change, so
 * this reads them here, tier names, reasons and document kinds from the bundles and the listed reasons. A
 * detail of a shape this does not know is shown as stored rather than hidden.
 */
@Named
@ApplicationScoped
public class AuditDetails {

    private static final Pattern TIER_CHANGE = Pattern.compile("(\\w+) -> (\\w+)(?: reason=(\\S+))?");
    private static final Pattern REASON = Pattern.compile("reason=(\\S+)");
    private static final Pattern CODES = Pattern.compile("[A-Z_]+(,[A-Z_]+)*");
    private static final Pattern UPLOADED = Pattern.compile("([A-Z_]+) as draft (\\d+)");
    private static final Pattern RETENTION = Pattern.compile("(\\d+) days after the decision");

    @Inject
    ReasonService reasons;

    public String text(AuditRow row) {
        return text(row.action(), row.detail(), PageTexts::text, this::reason);
    }

    private String reason(String code) {
        var listed = reasons.memberText(code, null, Faces.getLocale());
        return listed == null ? code : listed;
    }

    /** Interface of the words this needs, so the reading is tested without a page. */
    interface Words {
        String text(String key, Object... args);
    }

    static String text(String action, String detail, Words words, Function<String, String> reason) {
        if (detail == null || detail.isBlank() || action == null) {
            return detail == null ? "" : detail;
        }
        Function<String, String> tier = code -> label(words, "tier.", code);
        Function<String, String> kind = code -> label(words, "document.kind.", code);
        switch (action) {
            case "REQUEST_SUBMITTED" -> {
                if (CODES.matcher(detail).matches()) {
                    return words.text("audit.detail.tier", tier.apply(detail));
                }
            }
            case "TIER_LOWERED" -> {
                var m = TIER_CHANGE.matcher(detail);
                if (m.matches()) {
                    return m.group(3) == null
                            ? words.text("audit.detail.tierChange", tier.apply(m.group(1)), tier.apply(m.group(2)))
                            : words.text(
                                    "audit.detail.tierChangeReason",
                                    tier.apply(m.group(1)),
                                    tier.apply(m.group(2)),
                                    reason.apply(m.group(3)));
                }
            }
            case "REQUEST_APPROVED", "REQUEST_RESUBMIT", "REQUEST_REJECTED" -> {
                var m = REASON.matcher(detail);
                if (m.matches()) {
                    return words.text("audit.detail.reason", reason.apply(m.group(1)));
                }
            }
            case "REQUEST_MRZ_CHECKED" -> {
                return label(words, "check.outcome.", detail);
            }
            case "HANDOFF_CREATED" -> {
                if (CODES.matcher(detail).matches()) {
                    return Arrays.stream(detail.split(",")).map(kind).collect(Collectors.joining(", "));
                }
            }
            case "HANDOFF_UPLOADED" -> {
                var m = UPLOADED.matcher(detail);
                if (m.matches()) {
                    return words.text("audit.detail.uploaded", kind.apply(m.group(1)), m.group(2));
                }
            }
            case "HANDOFF_REFUSED" -> {
                if (detail.equals("opened by a second device")) {
                    return words.text("audit.detail.secondDevice");
                }
            }
            case "CLAIM_TAKEN_OVER" -> {
                if (detail.startsWith("from ")) {
                    return words.text("audit.detail.takenFrom", detail.substring(5));
                }
            }
            case "DOCUMENT_PURGED" -> {
                var m = RETENTION.matcher(detail);
                if (m.matches()) {
                    return words.text("audit.detail.retention", m.group(1));
                }
            }
            case "DOCUMENT_RESEALED" -> {
                var parts = detail.split(" -> ");
                if (parts.length == 2) {
                    return words.text("audit.detail.resealed", parts[0], parts[1]);
                }
            }
            case "REASON_SAVED" -> {
                return detail.endsWith(" (inactive)")
                        ? words.text("audit.detail.reasonInactive", detail.substring(0, detail.length() - 11))
                        : detail;
            }
            default -> {
                // shown as stored
            }
        }
        return detail;
    }

    private static String label(Words words, String prefix, String code) {
        try {
            return words.text(prefix + code);
        } catch (MissingResourceException unknown) {
            return code; // a code written by an older version
        }
    }
}
