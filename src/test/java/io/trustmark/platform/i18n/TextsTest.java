package io.trustmark.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.platform.domain.Languages;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A rule passes a moment (a cool-down's end) and the reader sees it written their way. */
class TextsTest {

    private static final Instant UNTIL = Instant.parse("2027-01-05T03:00:00Z");

    @Test
    void momentsInArgumentsAreWrittenInTheReadersLanguageAndBangkokTime() {
        var english = Texts.text(Languages.ENGLISH, "eligibility.cooldown", UNTIL);
        assertEquals(
                "An admin lowered your tier for misuse. You may send a new request from "
                        + Languages.dateTime(UNTIL, Languages.ENGLISH)
                        + ".",
                english);
        assertTrue(english.contains("2027") && english.contains("10:00"), english);

        var thai = Texts.text(Languages.THAI, "eligibility.cooldown", UNTIL);
        assertTrue(thai.contains("2570"), "Buddhist era in Thai: " + thai);
    }

    /**
     * Every text of both bundles, each argument a large whole number (a request id past 1000): none comes out
     * grouped ("#1,077"), whichever plain placeholder carries it.
     */
    @Test
    void wholeNumbersAreNeverGroupedInAnyText() {
        var grouped = new java.util.ArrayList<String>();
        for (var locale : java.util.List.of(Languages.ENGLISH, Languages.THAI)) {
            var bundle = java.util.ResourceBundle.getBundle(Texts.BUNDLE, locale);
            for (var key : java.util.Collections.list(bundle.getKeys())) {
                var formats = new java.text.MessageFormat(bundle.getString(key), locale).getFormatsByArgumentIndex();
                if (formats.length == 0) {
                    continue;
                }
                // A placeholder with its own number or choice format is a quantity (minutes, hours, requests
                // waiting), where grouping is the author's choice; a plain one may name an id or a year.
                var args = new Object[formats.length];
                for (int i = 0; i < args.length; i++) {
                    args[i] = formats[i] == null ? 1_077_123L : 2L;
                }
                var text = Texts.text(locale, key, args);
                if (text.contains("1,077") || text.contains("1.077")) {
                    grouped.add(locale + " " + key + ": " + text);
                }
            }
        }
        assertEquals(java.util.List.of(), grouped);
    }

    @Test
    void aRequestIdPastAThousandReadsAsItsDigits() {
        assertEquals(
                "Request #1077 (approved today)",
                Texts.text(Languages.ENGLISH, "review.identity.sourceLink", 1077L, "today"));
        assertTrue(
                Texts.text(Languages.THAI, "check.source.verified", 1077L, "x").contains("1077"));
        // a choice placeholder still gets its number
        assertTrue(Texts.text(Languages.ENGLISH, "login.locked", 2L).contains("2 minutes"));
    }
}
