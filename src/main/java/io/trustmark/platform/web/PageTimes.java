package io.trustmark.platform.web;

import io.trustmark.platform.domain.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.omnifaces.util.Faces;

/**
 * How pages show times: absolute in the reader's language and in Bangkok time (Buddhist-era years in
 * Thai), calendar days such as a document's expiry the same way, and ages such as "3 h 12 min".
 */
@Named("time")
@ApplicationScoped
public class PageTimes {

    @Inject
    Clock clock;

    public String age(Instant since) {
        var age = Duration.between(since, Instant.now(clock));
        if (age.toDays() > 0) {
            return PageTexts.text("time.ageDays", age.toDays(), age.toHoursPart());
        }
        return PageTexts.text("time.ageHours", age.toHours(), age.toMinutesPart());
    }

    public String format(Instant instant) {
        return Languages.dateTime(instant, Faces.getLocale());
    }

    /** A calendar day such as a document's expiry: {@code #{time.date(identity.expiry)}}. */
    public String date(LocalDate date) {
        return Languages.date(date, Faces.getLocale());
    }
}
