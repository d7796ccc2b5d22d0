package io.trustmark.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustmark.identity.domain.PrintedDate;
import io.trustmark.platform.domain.Languages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final String THAI_BROWSER = "th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7";

    @Test
    void aMembersChoiceWinsOverCookieAndBrowser() {
        assertEquals(Languages.ENGLISH, Languages.choose("en", "th", THAI_BROWSER));
        assertEquals(Languages.THAI, Languages.choose("th", "en", "en-US"));
    }

    @Test
    void aGuestsCookieWinsOverTheBrowser() {
        assertEquals(Languages.ENGLISH, Languages.choose(null, "en", THAI_BROWSER));
        assertEquals(Languages.THAI, Languages.choose(null, "th", "en-GB,en"));
    }

    @Test
    void otherwiseTheBrowserDecides() {
        assertEquals(Languages.THAI, Languages.choose(null, null, THAI_BROWSER));
        assertEquals(Languages.THAI, Languages.choose(null, null, "th"));
        assertEquals(Languages.ENGLISH, Languages.choose(null, null, "en-US,en;q=0.9"));
        assertEquals(
                Languages.THAI,
                Languages.choose(null, null, "fr-FR,fr;q=0.9,th;q=0.8,en;q=0.5"),
                "quality values count");
        assertEquals(Languages.ENGLISH, Languages.choose(null, null, "fr-FR,fr;q=0.9,th;q=0.4,en;q=0.5"));
    }

    @Test
    void englishWhenNothingMatchesOrTheInputIsJunk() {
        assertEquals(Languages.ENGLISH, Languages.choose(null, null, null));
        assertEquals(Languages.ENGLISH, Languages.choose(null, null, "de-DE,fr"));
        assertEquals(Languages.ENGLISH, Languages.choose(null, null, "th;q=0"), "q=0 means not wanted");
        assertEquals(Languages.ENGLISH, Languages.choose(null, null, ";;;q=x,,"));
        assertEquals(
                Languages.THAI, Languages.choose("xx", "<script>", THAI_BROWSER), "unknown stored values are ignored");
    }

    @Test
    void supportedLanguagesAreRecognisedInAnySpelling() {
        assertEquals(Optional.of(Languages.THAI), Languages.supported("th_TH"));
        assertEquals(Optional.of(Languages.THAI), Languages.supported(" th-TH-u-ca-buddhist "));
        assertEquals(Optional.of(Languages.ENGLISH), Languages.supported("en-GB"));
        assertEquals(Optional.empty(), Languages.supported("de"));
        assertEquals(Optional.empty(), Languages.supported(""));
        assertEquals(Languages.ENGLISH, Languages.orFallback(null));
    }

    @Test
    void thaiDatesCountBuddhistEraYearsInBangkokTime() {
        // 20:30 UTC on 31 December 2026 is already 1 January 2027 in Bangkok: B.E. 2570.
        var newYear = Instant.parse("2026-12-31T20:30:00Z");
        assertEquals("1 ม.ค. 2570 03:30", Languages.dateTime(newYear, Languages.THAI));
        // Newer JDKs put a narrow no-break space before AM.
        assertEquals(
                "Jan 1, 2027, 3:30 AM",
                Languages.dateTime(newYear, Locale.ENGLISH).replace('\u202f', ' '));
        assertEquals("", Languages.dateTime(null, Languages.THAI));
    }

    @Test
    void anApprovalAt0411InBangkokShowsBangkoksDayNotUtcs() {
        // 04:11 on 6 Dec in Bangkok is 21:11 UTC on 5 Dec.
        var approved = Instant.parse("2026-12-05T21:11:00Z");
        assertEquals("6 ธ.ค. 2569 04:11", Languages.dateTime(approved, Languages.THAI));
        assertEquals(
                "Dec 6, 2026, 4:11 AM",
                Languages.dateTime(approved, Locale.ENGLISH).replace('\u202f', ' '));
    }

    @Test
    void aDayIsShownInTheBuddhistEraInThaiAndReadsBackAsTheSameDay() {
        var expiry = LocalDate.of(2031, 8, 14);
        assertEquals("14 ส.ค. 2574", Languages.date(expiry, Languages.THAI));
        assertEquals("14 ส.ค. 2574", Languages.date(expiry, Locale.forLanguageTag("th-TH")));
        assertEquals("Aug 14, 2031", Languages.date(expiry, Locale.ENGLISH));
        assertEquals("", Languages.date(null, Languages.THAI));
        // The wizard shows a typed expiry back this way; the member's next "Next" must read the same day.
        for (var locale : Languages.SUPPORTED) {
            assertEquals(Optional.of(expiry), PrintedDate.parse(Languages.date(expiry, locale)), locale.toString());
        }
    }

    @Test
    void storedReasonsShowTheirDatesAsTheReaderWritesThem() {
        assertEquals(
                "ใช้ได้ถึง 14 ส.ค. 2574",
                Texts.storedText(Languages.THAI, "check.expiry.valid", List.of("2031-08-14")));
        assertEquals(
                "Valid until Aug 14, 2031.",
                Texts.storedText(Locale.ENGLISH, "check.expiry.valid", List.of("2031-08-14")));
        assertEquals(
                "ยืนยันแล้วในคำขอ #7 อนุมัติเมื่อ 6 ธ.ค. 2569 04:11",
                Texts.storedText(Languages.THAI, "check.source.verified", List.of("7", "2026-12-05T21:11:00Z")));
        // Not a date: left as it is.
        assertEquals(
                "Valid until 2031-02-30.",
                Texts.storedText(Locale.ENGLISH, "check.expiry.valid", List.of("2031-02-30")));
    }
}
