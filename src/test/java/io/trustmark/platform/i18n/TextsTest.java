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
}
