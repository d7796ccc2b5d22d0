package io.trustmark.identity.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The passport zone as a member types or pastes it: anything at all, as two lines. Without JAZZER_FUZZ
 * this replays the kept inputs in {@code MrzTd3FuzzTestInputs/parse/} (docs/architecture.md, Tests).
 */
class MrzTd3FuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final Set<Character> SEXES = Set.of('M', 'F', 'X');

    /** Input: line 1, a newline, line 2 (UTF-8); refusals must be an MrzException with a bundle key. */
    @FuzzTest(maxDuration = "3m")
    void parse(byte[] input) {
        String text = new String(input, UTF_8);
        int newline = text.indexOf('\n');
        String line1 = newline < 0 ? text : text.substring(0, newline);
        String line2 = newline < 0 ? null : text.substring(newline + 1);
        MrzTd3 mrz;
        try {
            mrz = MrzTd3.parse(line1, line2, TODAY);
        } catch (MrzException e) {
            assertTrue(e.getMessage().startsWith("check.mrz."), e::getMessage);
            return;
        }
        assertEquals(5, mrz.checks().size());
        assertTrue(mrz.documentType().startsWith("P"), mrz.documentType());
        assertTrue(SEXES.contains(mrz.sex()), () -> "sex " + mrz.sex());
        assertFalse(mrz.birthDate().isAfter(TODAY), () -> "birth date in the future: " + mrz.birthDate());
        assertNotNull(mrz.expiryDate());
        for (String field :
                List.of(mrz.surname(), mrz.givenNames(), mrz.documentNumber(), mrz.issuingState(), mrz.nationality())) {
            assertFalse(field.contains("<"), field);
        }
        assertTrue(mrz.documentNumber().length() <= 9);
        mrz.thaiPersonalNumber().ifPresent(id -> assertEquals(mrz.personalNumber(), id.digits()));
        // The record is logged; it must show no personal data.
        assertFalse(!mrz.surname().isEmpty() && mrz.toString().contains(mrz.surname() + ","), mrz::toString);
    }
}
