package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.identity.domain.PrintedDate;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.i18n.Texts;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13 leftover: Thai ID cards of people aged 70 and over are issued for life and print "ตลอดชีพ" /
 * "LIFELONG" instead of an expiry. The member types what the card prints, the checks take it as valid, and it is
 * shown as the words, never as a date.
 */
class LifelongCardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @ParameterizedTest
    @ValueSource(
            strings = {"ตลอดชีพ", " ตลอดชีพ ", "ตลอดชีวิต", "LIFELONG", "Lifelong", "life long", "Life-long", "for life"
            })
    void theCardsWordsAreALifelongExpiry(String typed) {
        assertEquals(Optional.of(PrintedDate.LIFELONG), PrintedDate.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "none", "no", "ตลอด", "life"})
    void otherWordsAreNotADate(String typed) {
        assertEquals(Optional.empty(), PrintedDate.parse(typed));
    }

    @Test
    void aLifelongCardPassesTheWizardAndTheAutomaticCheck() {
        assertEquals(Optional.empty(), TypedIdentity.expiryRefusal(PrintedDate.LIFELONG, TODAY));
        var check = AutomaticChecks.expiry(PrintedDate.LIFELONG, TODAY);
        assertEquals(CheckOutcome.PASS, check.outcome());
        assertEquals("check.expiry.lifelong", check.reasons().get(0).key());
    }

    @Test
    void itIsShownAsTheWordsInEachLanguage() {
        assertEquals(Languages.NO_END, PrintedDate.LIFELONG, "one day stands for no end on both sides");
        assertEquals("ตลอดชีพ", Languages.date(PrintedDate.LIFELONG, Languages.THAI));
        assertEquals("Lifelong", Languages.date(PrintedDate.LIFELONG, Languages.ENGLISH));
        assertTrue(Texts.text(Languages.THAI, "check.expiry.lifelong").contains("ตลอดชีพ"));
        // Stored check arguments (ISO days) read as the words too.
        assertEquals(
                Texts.text(Languages.ENGLISH, "check.expiry.valid", "Lifelong"),
                Texts.storedText(Languages.ENGLISH, "check.expiry.valid", java.util.List.of("9999-12-31")));
    }
}
