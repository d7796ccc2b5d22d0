package io.trustmark.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.platform.domain.Languages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The English and Thai bundles say the same things: same keys, same arguments, every Thai text really Thai. */
class MessageBundlesTest {

    private static final String BASE = "/io/trustmark/i18n/messages.properties";
    private static final String THAI = "/io/trustmark/i18n/messages_th.properties";
    private static final Pattern ARGUMENT =
            Pattern.compile("\\{(\\d+)\\s*(,\\s*(number|date|time|choice)(\\s*,\\s*[a-z#.0-9]+)?)?\\s*[,}]");
    private static final Pattern THAI_SCRIPT = Pattern.compile("\\p{IsThai}");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    /** Texts that are the same in both languages on purpose: each language's own name for itself. */
    private static final Set<String> SAME_IN_BOTH = Set.of("layout.language.th", "layout.language.en");

    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreDefaultLocale() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        var english = load(BASE);
        var thai = load(THAI);
        var missingInThai = new TreeSet<>(english.keySet());
        missingInThai.removeAll(thai.keySet());
        var missingInEnglish = new TreeSet<>(thai.keySet());
        missingInEnglish.removeAll(english.keySet());
        assertEquals(Set.of(), missingInThai, "keys without a Thai text");
        assertEquals(Set.of(), missingInEnglish, "Thai keys without an English text");
    }

    @Test
    void bothBundlesTakeTheSameArguments() {
        var english = load(BASE);
        var thai = load(THAI);
        var different = new ArrayList<String>();
        english.forEach((key, text) -> {
            if (thai.containsKey(key) && !arguments(text).equals(arguments(thai.get(key)))) {
                different.add(key + ": " + arguments(text) + " vs " + arguments(thai.get(key)));
            }
        });
        assertEquals(List.of(), different);
    }

    @Test
    void textsWithArgumentsAreValidMessageFormats() {
        for (var bundle : List.of(BASE, THAI)) {
            load(bundle).forEach((key, text) -> {
                if (!arguments(text).isEmpty()) {
                    // A lone apostrophe would swallow the arguments after it: it must be written ''.
                    assertTrue(!LONE_QUOTE.matcher(text).find(), bundle + " " + key + " has a lone ' : " + text);
                    new java.text.MessageFormat(text, Locale.ROOT);
                }
            });
        }
    }

    @Test
    void everyThaiTextIsWrittenInThai() {
        var english = load(BASE);
        var notThai = new ArrayList<String>();
        load(THAI).forEach((key, text) -> {
            if (SAME_IN_BOTH.contains(key)) {
                return;
            }
            if (text.isBlank()
                    || text.equals(english.get(key))
                    || !THAI_SCRIPT.matcher(withoutArguments(text)).find()) {
                notThai.add(key + "=" + text);
            }
        });
        assertEquals(List.of(), notThai, "Thai texts that are empty, English, or have no Thai words");
    }

    @Test
    void noKeyIsWrittenTwiceInOneFile() {
        for (var bundle : List.of(BASE, THAI)) {
            var seen = new TreeSet<String>();
            var twice = new TreeSet<String>();
            for (var line : lines(bundle)) {
                var trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                var key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertEquals(Set.of(), twice, bundle + ": a later line silently replaces an earlier one");
        }
    }

    @Test
    void englishReadersGetEnglishEvenWhenTheServerSpeaksThai() {
        Locale.setDefault(Languages.THAI);
        ResourceBundle.clearCache();
        assertEquals("Sign in", Texts.text(Locale.ENGLISH, "nav.signIn"));
        assertEquals("Sign in", Texts.text(Locale.forLanguageTag("en-US"), "nav.signIn"));
        assertEquals("เข้าสู่ระบบ", Texts.text(Languages.THAI, "nav.signIn"));
        assertEquals(
                "Sign in",
                ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH).getString("nav.signIn"),
                "the bundle Faces loads for #{msg} falls back the same way");
    }

    @Test
    void thaiTextsFormatWithTheirArguments() {
        assertEquals("มีคำขอรอตรวจสอบ 3 รายการ", Texts.text(Languages.THAI, "admin.queue.pending", 3));
        assertEquals("3 requests waiting", Texts.text(Locale.ENGLISH, "admin.queue.pending", 3));
        assertEquals(
                "ตั้งกระทู้ในห้องตลาดซื้อขาย",
                Texts.text(Languages.THAI, "newThread.title", Texts.text(Languages.THAI, "board.marketplace.name")));
    }

    /** The arguments a text uses, with their format type: "0", "1,number", "0,choice" … */
    private static Set<String> arguments(String text) {
        var found = new TreeSet<String>();
        var matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(3) == null ? "" : "," + matcher.group(3)));
        }
        return found;
    }

    private static String withoutArguments(String text) {
        return text.replaceAll("\\{[^{}]*}", "");
    }

    private static Map<String, String> load(String resource) {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var texts = new LinkedHashMap<String, String>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static List<String> lines(String resource) {
        try (var in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
