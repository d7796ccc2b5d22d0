package io.trustmark.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How pages show times: absolute in the reader's locale, and ages such as "3 h 12 min". */
@Named("time")
@ApplicationScoped
public class Ages {

    @Inject
    Clock clock;

    public String age(Instant since) {
        var age = Duration.between(since, Instant.now(clock));
        if (age.toDays() > 0) {
            return Texts.text("time.ageDays", age.toDays(), age.toHoursPart());
        }
        return Texts.text("time.ageHours", age.toHours(), age.toMinutesPart());
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        var locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of("Asia/Bangkok"))
                .format(instant);
    }
}
