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
}
