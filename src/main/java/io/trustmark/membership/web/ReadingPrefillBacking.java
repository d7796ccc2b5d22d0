package io.trustmark.membership.web;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.application.DocumentReadings;
import io.trustmark.membership.domain.reading.DocumentReading;
import io.trustmark.membership.domain.reading.ReadVsTyped;
import io.trustmark.platform.domain.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The wizard's last step offers what machine reading found on the uploaded documents (read on a worker after the
 * upload was stored): each field read beside what the member typed. The member takes what was read with one button
 * or keeps what they typed; nothing read is ever put into the request without that choice. While a page is still
 * being read the step says so and "check again" looks once more.
 */
@Named
// Per request: a reading finishes between two requests, so what was found is asked again each time.
@RequestScoped
public class ReadingPrefillBacking {

    @Inject
    DocumentReadings readings;

    @Inject
    VerifyBacking wizard;

    @Inject
    PhotosStepBacking photos;

    private List<DocumentReading> found;

    /** Whether machine reading runs on this server at all. */
    public boolean isAvailable() {
        return readings.available();
    }

    /** The readings of the documents this request needs (those uploaded so far). */
    private List<DocumentReading> found() {
        if (found == null) {
            var ids = new ArrayList<Long>();
            for (var kind : wizard.getRequiredDocuments()) {
                var draft = photos.draft(kind.name());
                if (draft != null && kind != DocumentKind.FACE) {
                    ids.add(draft.id());
                }
            }
            found = readings.of(ids);
        }
        return found;
    }

    /** A document is still being read: the page offers to check again. */
    public boolean isPending() {
        return found().stream().anyMatch(DocumentReading::pending);
    }

    /** Each field read, beside what was typed; empty while nothing was read. */
    public List<ReadVsTyped> getFields() {
        var typed = typed();
        var rows = new ArrayList<ReadVsTyped>();
        for (var reading : found()) {
            for (var row : ReadVsTyped.of(reading, typed, null)) {
                // A card's number that failed its check digit is a misread: never offered to be taken.
                if (!(reading.cardNumberUnread() && row.field().equals("number"))) {
                    rows.add(row);
                }
            }
        }
        return rows.stream().filter(ReadVsTyped::isRead).toList();
    }

    /** Something read differs from what was typed: the member is asked to choose. */
    public boolean isAnyDiffers() {
        return getFields().stream().anyMatch(ReadVsTyped::differs);
    }

    /** A card was read but not its number (glare or a shadow over it): the member is asked to retake or type it. */
    public boolean isNumberUnread() {
        return found().stream().anyMatch(DocumentReading::cardNumberUnread);
    }

    /** What the card's religion field became, when a card was read; null otherwise. */
    public DocumentReading.Religion getReligion() {
        return found().stream()
                .filter(r -> r.getKind() == DocumentKind.ID_CARD_FRONT && !r.pending())
                .map(DocumentReading::getReligion)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** A read or typed value as the page shows it: a date in the member's language, anything else as it is. */
    public String show(Object value) {
        return value instanceof LocalDate date
                ? Languages.date(date, Faces.getLocale())
                : value == null ? "" : value.toString();
    }

    /** "Check again": the next render asks the readings once more. */
    public void refresh() {
        found = null;
    }

    /** "Use what was read": every field read replaces what was typed; the summary shows the result to check. */
    public void use() {
        var form = wizard.getForm();
        for (var field : getFields()) {
            apply(form, field.field(), field.read());
        }
        found = null;
        Messages.addGlobalInfo("verify.prefill.used");
    }

    static void apply(VerifyForm form, String field, Object read) {
        var text = read instanceof String s ? s : null;
        switch (field) {
            case "number" -> form.setNumber(text);
            case "passportNumber" -> {
                if (form.getPassportNumber() != null) {
                    form.setPassportNumber(text);
                } else {
                    form.setNumber(text);
                }
            }
            case "thaiTitle" -> form.setThaiTitle(text);
            case "thaiGiven" -> form.setThaiGiven(text);
            case "thaiSurname" -> form.setThaiSurname(text);
            case "englishGiven" -> form.setEnglishGiven(text);
            case "englishSurname" -> form.setEnglishSurname(text);
            case "expiry" -> form.setExpiry((LocalDate) read);
            case "accountName" -> form.setPassbookName(text);
            default -> {
                // birth: shown, never typed
            }
        }
    }

    private ReadVsTyped.Typed typed() {
        var f = wizard.getForm();
        return new ReadVsTyped.Typed(
                f.getNumber(),
                f.getPassportNumber(),
                f.getThaiTitle(),
                f.getThaiGiven(),
                f.getThaiSurname(),
                f.getEnglishTitle(),
                f.getEnglishGiven(),
                f.getEnglishSurname(),
                f.getExpiry(),
                f.getPassbookName());
    }
}
