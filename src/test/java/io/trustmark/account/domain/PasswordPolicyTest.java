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

    @Test
    void acceptsUpTo128Characters() {
        assertEquals(Optional.empty(), policy.violation("Zq8!vL2p".repeat(16), USERNAME, EMAIL));
        assertEquals(
                Optional.of(PasswordPolicy.TOO_LONG), policy.violation("Zq8!vL2p".repeat(16) + "x", USERNAME, EMAIL));
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
    void acceptsListedWordWithTailLongerThanFour() {
        // Documents the rule's boundary: a five-character tail is no longer treated as padding.
        assertEquals(Optional.empty(), policy.violation("baseball1#9*7", USERNAME, EMAIL));
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
