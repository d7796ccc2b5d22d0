package io.trustmark.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String USERNAME = "alice";
    private static final String EMAIL = "alice.wong@example.com";

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void refusesElevenCharacters() {
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), policy.violation("Xq7#mPz!bR4", USERNAME, EMAIL));
    }

    @Test
    void acceptsTwelveCharacters() {
        assertEquals(Optional.empty(), policy.violation("Xq7#mPz!bR4w", USERNAME, EMAIL));
    }

    @Test
    void refusesMissingPasswordAsTooShort() {
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), policy.violation(null, USERNAME, EMAIL));
    }

    @Test
    void countsCodePointsNotChars() {
        String sixEmoji = "\uD83D\uDD12".repeat(6); // 12 UTF-16 chars, 6 code points
        assertEquals(12, sixEmoji.length());
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), policy.violation(sixEmoji, USERNAME, EMAIL));
    }

    private static final String LONG_128 = "violet kettle orbit 93 marsh, quiet lantern ferry 17 plum; "
            + "copper thistle meadow 58 brine & amber socket glacier 26 fern!! wasps";

    @Test
    void acceptsUpTo128Characters() {
        assertEquals(128, LONG_128.length());
        assertEquals(Optional.empty(), policy.violation(LONG_128, USERNAME, EMAIL));
        assertEquals(Optional.of(PasswordPolicy.TOO_LONG), policy.violation(LONG_128 + "x", USERNAME, EMAIL));
    }

    /** Finding 11: each of these passed the length and list checks before the estimator. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "aaaaaaaaaaaa",
                "            ",
                "qwertyuiopas",
                "Password1234!",
                "iloveyou12345",
                "trustmark2026",
                "\u0E01\u0E01\u0E01\u0E01\u0E01\u0E01\u0E01\u0E01\u0E01\u0E01\u0E01\u0E01"
            })
    void refusesPasswordsThatAreEasyToGuess(String weak) {
        var violation = policy.violation(weak, USERNAME, EMAIL);
        assertTrue(
                violation.equals(Optional.of(PasswordPolicy.WEAK))
                        || violation.equals(Optional.of(PasswordPolicy.COMMON)),
                weak + ": " + violation);
    }

    @Test
    void theEstimatorRefusesWhatTheListMisses() {
        for (var weak : List.of("aaaaaaaaaaaa", "qwertyuiopas", "trustmark2026", "กกกกกกกกกกกก", "iloveyou12345")) {
            assertTrue(PasswordPolicy.guessesLog10(weak, USERNAME, EMAIL) < PasswordPolicy.MIN_GUESSES_LOG10, weak);
        }
    }

    @Test
    void theForumsOwnWordsCountAsEasyToGuess() {
        assertEquals(Optional.of(PasswordPolicy.WEAK), policy.violation("TrustmarkForum2026", null, null));
    }

    @Test
    void theMembersNameCountsAsEasyToGuessEvenWhenNotContainedAsTyped() {
        // "wongsakul" is no dictionary word: only the member's own words make its reverse weak.
        assertEquals(Optional.empty(), policy.violation("Lukasgnow-1987", null, null));
        assertEquals(Optional.of(PasswordPolicy.WEAK), policy.violation("Lukasgnow-1987", "wongsakul", null));
        assertEquals(
                Optional.of(PasswordPolicy.WEAK), policy.violation("Lukasgnow-1987", "ws", "wongsakul@example.com"));
    }

    /** README's demo logins and the ITs' password must stay acceptable. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Review-Queue-2026",
                "Somtam-Spicy-2026",
                "Jasmine-Garden-2026",
                "Second-Reviewer-2026",
                "Correct-Horse-Battery-9",
                "Lantern-Mango-Rooftop-71",
                "Second-Lantern-Mango-72"
            })
    void acceptsTheDemoAndTestPasswords(String password) {
        assertEquals(Optional.empty(), policy.violation(password, "somchai", "somchai@example.test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PassWord1234", "qwerty123456", "1qaz2wsx3edc", "passwordpassword"})
    void refusesListedPasswordsRegardlessOfCase(String listed) {
        assertTrue(bundledList().contains(listed.toLowerCase(Locale.ROOT)), "precondition: listed");
        assertEquals(Optional.of(PasswordPolicy.COMMON), policy.violation(listed, USERNAME, EMAIL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sunshine2024", "Superman123!", "iloveyou!!!!", "baseball-99!"})
    void refusesListedWordPaddedWithShortTail(String padded) {
        assertFalse(bundledList().contains(padded.toLowerCase(Locale.ROOT)), "precondition: not listed as is");
        assertEquals(Optional.of(PasswordPolicy.COMMON), policy.violation(padded, USERNAME, EMAIL));
    }

    @Test
    void aListedWordWithATailLongerThanFourIsLeftToTheEstimator() {
        // The list's boundary: a five-character tail is no longer treated as padding, but the estimator
        // still sees a common word with a short tail.
        assertEquals(Optional.of(PasswordPolicy.WEAK), policy.violation("baseball1#9*7", USERNAME, EMAIL));
    }

    @Test
    void refusesPasswordContainingUsername() {
        assertEquals(
                Optional.of(PasswordPolicy.CONTAINS_USERNAME), policy.violation("my-ALICE-garden-42", USERNAME, EMAIL));
    }

    @Test
    void ignoresUsernamesShorterThanThree() {
        assertEquals(Optional.empty(), policy.violation("totally-natural-42", "al", null));
    }

    @Test
    void refusesPasswordContainingEmailLocalPart() {
        assertEquals(
                Optional.of(PasswordPolicy.CONTAINS_EMAIL), policy.violation("Alice.Wong-rocks-99", "someone", EMAIL));
    }

    @Test
    void ignoresEmailLocalPartsShorterThanFour() {
        assertEquals(Optional.empty(), policy.violation("bobsled-run-arrives", null, "bob@example.com"));
    }

    @Test
    void acceptsRandomPassphrase() {
        assertEquals(Optional.empty(), policy.violation("violet kettle orbit 93 marsh", USERNAME, EMAIL));
    }

    @Test
    void acceptsThaiPassphraseOfTwelveCodePoints() {
        String thai = "รักษาความลับ";
        assertEquals(12, thai.codePointCount(0, thai.length()));
        assertEquals(Optional.empty(), policy.violation(thai, USERNAME, EMAIL));
    }

    @Test
    void refusesThaiPassphraseOfElevenCodePoints() {
        String thai = "รักษาความลั";
        assertEquals(11, thai.codePointCount(0, thai.length()));
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), policy.violation(thai, USERNAME, EMAIL));
    }

    @Test
    void loadsTheListOnce() {
        assertSame(PasswordPolicy.standard(), PasswordPolicy.standard());
    }

    @Test
    void bundledListIsSubstantialAndLowerCased() {
        List<String> entries = bundledList();
        assertTrue(entries.size() >= 10_000, "entries: " + entries.size());
        assertTrue(entries.stream().allMatch(e -> e.equals(e.toLowerCase(Locale.ROOT))));
    }

    private static List<String> bundledList() {
        InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        assertNotNull(in, "bundled list missing");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#")).collect(Collectors.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
