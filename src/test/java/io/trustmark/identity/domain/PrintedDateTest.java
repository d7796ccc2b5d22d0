package io.trustmark.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates typed as the card or passport prints them: Buddhist or common era, Thai or Arabic digits. */
class PrintedDateTest {

    private static final Optional<LocalDate> AUGUST_14_2031 = Optional.of(LocalDate.of(2031, 8, 14));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2574-08-14",
                "2031-08-14",
                "2574/8/14",
                "2574.08.14",
                "14/08/2574",
                "14/08/2031",
                "14-8-2574",
                "14.08.2574",
                "๑๔/๐๘/๒๕๗๔",
                "๒๕๗๔-๐๘-๑๔",
                "14 ส.ค. 2574",
                "๑๔ ส.ค. ๒๕๗๔",
                "14 ส.ค 2574",
                "14 สค 2574",
                "14 สิงหาคม 2574",
                "14 ส.ค. พ.ศ. 2574",
                "14 Aug. 2031",
                "14 AUG 2031",
                "14 august 2031",
                "14-Aug-2031",
                "Aug. 14, 2031",
                "August 14 2031",
                "14 Aug. 2031 A.D.",
                "  14\u00A0Aug.\u200B 2031 ",
                "１４/０８/２５７４", // full-width digits
                "14 – 08 – 2574", // en dashes with spaces
            })
    void readsEveryWayACardPrintsTheSameDay(String typed) {
        assertEquals(AUGUST_14_2031, PrintedDate.parse(typed), typed);
    }

    @Test
    void aYearAbove2400IsBuddhistEra() {
        // The finding: an expiry of 1 Jan 2565 typed as printed is 1 Jan 2022, long expired.
        assertEquals(Optional.of(LocalDate.of(2022, 1, 1)), PrintedDate.parse("2565-01-01"));
        assertEquals(Optional.of(LocalDate.of(2022, 1, 1)), PrintedDate.parse("01/01/2565"));
        assertEquals(Optional.of(LocalDate.of(2022, 1, 1)), PrintedDate.parse("1 ม.ค. 2565"));
        assertEquals(Optional.of(LocalDate.of(2022, 1, 1)), PrintedDate.parse("1 Jan. 2022"));
        assertEquals(2032, PrintedDate.commonEraYear(2575));
        assertEquals(2399, PrintedDate.commonEraYear(2399));
        assertEquals(2400, PrintedDate.commonEraYear(2400));
        assertEquals(1858, PrintedDate.commonEraYear(2401));
    }

    @Test
    void anEraMarkerDecidesOverTheYearsSize() {
        assertEquals(Optional.of(LocalDate.of(1857, 1, 1)), PrintedDate.parse("1 ม.ค. พ.ศ. 2400"));
        assertEquals(Optional.of(LocalDate.of(2565, 1, 1)), PrintedDate.parse("1 Jan. 2565 CE"));
        assertEquals(Optional.of(LocalDate.of(2022, 1, 1)), PrintedDate.parse("01/01/2565 B.E."));
    }

    @Test
    void monthNamesAreNotMistakenForEraMarkers() {
        assertEquals(Optional.of(LocalDate.of(2031, 12, 24)), PrintedDate.parse("24 December 2031"));
        assertEquals(Optional.of(LocalDate.of(2031, 9, 2)), PrintedDate.parse("2 September 2031"));
        assertEquals(Optional.of(LocalDate.of(2031, 5, 2)), PrintedDate.parse("2 พ.ค. 2574"));
        assertEquals(Optional.of(LocalDate.of(2031, 3, 2)), PrintedDate.parse("2 มี.ค. 2574"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "31/02/2574", // no such day
                "2574-13-01", // no 13th month
                "14/08/74", // two-digit year: 1974, 2031 or 2574?
                "08/14/2031 extra",
                "14 Augustus 2031",
                "14 ส.ค.",
                "life", // only the card's words (LifelongCardTest) stand for a card issued for life
                "2031",
                "14082574",
                "2574-08/14", // mixed separators
            })
    void refusesWhatNamesNoSingleDay(String typed) {
        assertEquals(Optional.empty(), PrintedDate.parse(typed), typed);
    }
}
