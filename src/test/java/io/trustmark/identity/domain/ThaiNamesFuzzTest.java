package io.trustmark.identity.domain;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Names as members type them and banks print them: anything at all. Without JAZZER_FUZZ this replays the
 * kept inputs in {@code ThaiNamesFuzzTestInputs/<method>/} (docs/architecture.md, Tests).
 */
class ThaiNamesFuzzTest {

    /** Normalising is a fixed point (else two readings of one stored name could differ) and never throws. */
    @FuzzTest(maxDuration = "4m")
    void normalizeAndParse(byte[] input) {
        String raw = new String(input, UTF_8);
        String once = ThaiNames.normalize(raw);
        assertEquals(once, ThaiNames.normalize(once), () -> "normalize is not idempotent on " + escaped(raw));
        assertFalse(once.contains("  "), once);
        assertEquals(once.strip(), once);
        ThaiNames.title(raw).ifPresent(title -> assertTrue(once.startsWith(title), title));
        PersonName name = PersonName.parse(raw);
        assertNotNull(name.given());
        // Parsing what was parsed must give the same name: the reviewer's copy reads like the member's.
        if (!name.isBlank()) {
            PersonName again = PersonName.parse(name.title() + " " + name.fullName());
            assertEquals(name.fullName(), again.fullName(), () -> "re-parse of " + escaped(raw));
        }
    }

    /**
     * Input lines: the card's Thai name, the card's English name, a passbook account name line. A name
     * always matches itself, and no line makes the matcher throw or give no reason.
     */
    @FuzzTest(maxDuration = "4m")
    void compare(byte[] input) {
        String[] lines = new String(input, UTF_8).split("\n", 3);
        PersonName thai = PersonName.parse(lines[0]);
        PersonName english = lines.length > 1 ? PersonName.parse(lines[1]) : null;
        String passbook = lines.length > 2 ? lines[2] : lines[0];
        NameComparison self = NameMatcher.compare(thai, thai);
        assertNotEquals(Verdict.MISMATCH, self.verdict(), () -> "a name differs from itself: " + escaped(lines[0]));
        assertFalse(self.reasons().isEmpty());
        NameComparison account = NameMatcher.compareAccountName(thai, english, passbook);
        assertNotNull(account.verdict());
        assertFalse(account.reasons().isEmpty());
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
