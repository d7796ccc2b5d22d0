package io.trustmark.review.web;

import io.trustmark.document.application.DocumentSummary;
import io.trustmark.membership.application.DocumentReadings;
import io.trustmark.membership.domain.reading.DocumentReading;
import io.trustmark.membership.domain.reading.ReadVsTyped;
import io.trustmark.platform.domain.Languages;
import io.trustmark.review.application.ReviewDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The review page's "read from the photo, typed and registered" panel: per field what machine reading found on the
 * request's documents beside what the member typed and, for the number, what they registered with; a field that
 * disagrees is flagged. Without tesseract on this server the panel says automatic reading is not available.
 */
@Named
@RequestScoped
public class ReadingReviewBacking {

    /** What the panel shows. */
    public enum State {
        UNAVAILABLE,
        PENDING,
        NONE,
        READ
    }

    @Inject
    DocumentReadings readings;

    private List<DocumentReading> found;
    private List<ReadVsTyped> rows;

    public State state(ReviewDetail detail) {
        if (!readings.available()) {
            return State.UNAVAILABLE;
        }
        if (found(detail).stream().anyMatch(DocumentReading::pending)) {
            return State.PENDING;
        }
        return rows(detail).stream().anyMatch(ReadVsTyped::isRead) ? State.READ : State.NONE;
    }

    /** Each field read or typed, beside the other, for the request's identity document and passbook. */
    public List<ReadVsTyped> rows(ReviewDetail detail) {
        if (rows == null) {
            var request = detail.request();
            var typed = ReadVsTyped.Typed.of(request.getIdentity(), request.getPassbookAccountName());
            var registered = request.getAccount().getIdNumber();
            rows = new ArrayList<>();
            for (var reading : found(detail)) {
                rows.addAll(ReadVsTyped.of(reading, typed, registered));
            }
        }
        return rows;
    }

    /** A read, typed or registered value as the page shows it: a date in the reviewer's language. */
    public String show(Object value) {
        return value instanceof LocalDate date
                ? Languages.date(date, Faces.getLocale())
                : value == null ? "" : value.toString();
    }

    private List<DocumentReading> found(ReviewDetail detail) {
        if (found == null) {
            found = readings.of(
                    detail.documents().stream().map(DocumentSummary::id).toList());
        }
        return found;
    }
}
