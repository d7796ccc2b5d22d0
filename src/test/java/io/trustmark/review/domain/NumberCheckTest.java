package io.trustmark.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberCheckTest {

    @Test
    void sameValidNumberPassesBothChecks() {
        var check = NumberCheck.of("3100600445635", "3100600445635");
        assertTrue(check.matches());
        assertTrue(check.checksumValid());
        assertEquals(13, check.digits().size());
        assertTrue(check.digits().stream().allMatch(NumberCheck.DigitPair::same));
    }

    @Test
    void differingDigitsArePointedOut() {
        var check = NumberCheck.of("3100600445635", "3100600454635");
        assertFalse(check.matches());
        var different = check.digits().stream()
                .filter(d -> !d.same())
                .map(NumberCheck.DigitPair::position)
                .toList();
        assertEquals(java.util.List.of(9, 10), different);
    }

    @Test
    void aTypoUsuallyBreaksTheChecksum() {
        assertFalse(NumberCheck.of("3100600445635", "3100600445636").checksumValid());
    }

    @Test
    void aPassportNumberIsJudgedByAPassportsFormNotTheThaiChecksum() {
        var check = NumberCheck.of("123456789", "123456789", true);
        assertTrue(check.passport());
        assertTrue(check.checksumValid(), "a passport number has no Thai check digit to fail");
        assertTrue(check.matches());
        assertFalse(NumberCheck.of("123456789", "123456789", false).checksumValid());
        assertFalse(NumberCheck.of("AB12345678", "AB12345678", true).checksumValid(), "ten places: no ICAO number");
    }
}
