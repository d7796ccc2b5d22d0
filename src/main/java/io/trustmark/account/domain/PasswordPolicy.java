package io.trustmark.account.domain;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a new password is acceptable, following current guidance (NIST SP 800-63B):
 * require length and refuse known-common or personal passwords, rather than imposing
 * character-class rules that push people towards predictable patterns. Beyond the bundled list, a
 * maintained strength estimator (zxcvbn) refuses what is easy to guess although long enough: repeats
 * ({@code aaaaaaaaaaaa}, twelve spaces, twelve Thai letters), keyboard rows ({@code qwertyuiopas}),
 * common words with digits ({@code iloveyou12345}) and the forum's own words ({@code trustmark2026}),
 * which it is given together with the member's username and e-mail local part.
 *
 * <p>Violations are reported as resource-bundle keys so the UI can explain them in the user's
 * language. The policy is immutable and thread-safe.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Bounds hashing cost; long enough for any passphrase or password-manager output. */
    public static final int MAX_LENGTH = 128;

    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String COMMON = "password.common";
    public static final String CONTAINS_USERNAME = "password.containsUsername";
    public static final String CONTAINS_EMAIL = "password.containsEmail";
    public static final String WEAK = "password.weak";

    /**
     * The estimator's guesses (as log10) a password must need: 10^10, zxcvbn's top score. Sign-in guessing is
     * throttled, but a copy of the hashes could be guessed offline, so the bar is set for that.
     */
    static final double MIN_GUESSES_LOG10 = 10;

    /**
     * The estimator's time grows fast with length; a password whose first 64 characters are hard to guess
     * is hard to guess, so only those are estimated.
     */
    private static final int MAX_ESTIMATED_LENGTH = 64;

    /** Words of this forum that guessers try first; the estimator counts them as a dictionary. */
    static final List<String> FORUM_WORDS = List.of("trustmark", "forum", "trustmarkforum", "ฟอรัม");

    /**
     * People meet length rules by appending a year or "!" to a common word ("password1234"),
     * so such a tail is stripped before the list lookup. Only short tails count, so that a
     * common word followed by a long random string is still accepted.
     */
    private static final int MAX_STRIPPED_TAIL = 4;
    /** Shorter usernames ("al", "jo") occur inside ordinary words and would refuse good passwords. */
    private static final int MIN_USERNAME_LENGTH = 3;

    private static final int MIN_EMAIL_LOCAL_PART_LENGTH = 4;

    private static final String COMMON_PASSWORDS_RESOURCE = "/io/trustmark/account/domain/common-passwords.txt";

    private final Set<String> commonPasswords;

    private PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /**
     * The policy with the bundled list of common passwords. The list is read on first use and
     * shared afterwards, as it holds tens of thousands of entries.
     */
    public static PasswordPolicy standard() {
        return StandardHolder.INSTANCE;
    }

    /**
     * Checks {@code password} for a user with the given (possibly {@code null}) username and
     * e-mail address.
     *
     * @return the message key of the first rule broken, or empty if the password is acceptable
     */
    public Optional<String> violation(String password, String username, String email) {
        String candidate = password == null ? "" : password;
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return Optional.of(TOO_LONG);
        }
        String lowerCased = candidate.toLowerCase(Locale.ROOT);
        if (isCommon(lowerCased)) {
            return Optional.of(COMMON);
        }
        if (containsPersonalPart(lowerCased, username, MIN_USERNAME_LENGTH)) {
            return Optional.of(CONTAINS_USERNAME);
        }
        if (containsPersonalPart(lowerCased, emailLocalPart(email), MIN_EMAIL_LOCAL_PART_LENGTH)) {
            return Optional.of(CONTAINS_EMAIL);
        }
        if (guessesLog10(candidate, username, email) < MIN_GUESSES_LOG10) {
            return Optional.of(WEAK);
        }
        return Optional.empty();
    }

    /** How many guesses (log10) the estimator expects an attacker who knows this forum and member to need. */
    static double guessesLog10(String password, String username, String email) {
        var words = new ArrayList<>(FORUM_WORDS);
        if (username != null && !username.isBlank()) {
            words.add(username.strip().toLowerCase(Locale.ROOT));
        }
        var localPart = emailLocalPart(email);
        if (localPart != null && !localPart.isBlank()) {
            words.add(localPart.strip().toLowerCase(Locale.ROOT));
        }
        var estimated = password.codePointCount(0, password.length()) > MAX_ESTIMATED_LENGTH
                ? password.substring(0, password.offsetByCodePoints(0, MAX_ESTIMATED_LENGTH))
                : password;
        return EstimatorHolder.ZXCVBN.measure(estimated, words).getGuessesLog10();
    }

    private boolean isCommon(String lowerCased) {
        if (commonPasswords.contains(lowerCased)) {
            return true;
        }
        int baseLength = lowerCased.length();
        while (baseLength > 0 && isDigitOrPunctuation(lowerCased.charAt(baseLength - 1))) {
            baseLength--;
        }
        int tailLength = lowerCased.length() - baseLength;
        return tailLength > 0
                && tailLength <= MAX_STRIPPED_TAIL
                && commonPasswords.contains(lowerCased.substring(0, baseLength));
    }

    private static boolean isDigitOrPunctuation(char c) {
        return (c >= '0' && c <= '9') || "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }

    private static boolean containsPersonalPart(String lowerCasedPassword, String part, int minLength) {
        return part != null
                && part.codePointCount(0, part.length()) >= minLength
                && lowerCasedPassword.contains(part.toLowerCase(Locale.ROOT));
    }

    private static String emailLocalPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? null : email.substring(0, at);
    }

    private static Set<String> loadCommonPasswords() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + COMMON_PASSWORDS_RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS_RESOURCE, e);
        }
    }

    // The estimator loads its dictionaries once; measuring is thread-safe.
    private static final class EstimatorHolder {
        private static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    // The JVM initialises this class on first access only, and exactly once, which gives lazy,
    // thread-safe loading without explicit locking.
    private static final class StandardHolder {
        private static final PasswordPolicy INSTANCE = new PasswordPolicy(loadCommonPasswords());
    }
}
