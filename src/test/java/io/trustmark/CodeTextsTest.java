package io.trustmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.RequestStatus;
import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditSubjectType;
import io.trustmark.review.domain.ReasonUse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every code a person may read (audit actions and subject types, tiers, request states, document kinds, reason
 * uses, the seeded reasons) has words in English and in Thai, so no page shows an enum name or ???key???. The
 * audit enums are found by scanning the main classes: an action a feature adds later is held to the same rule.
 */
class CodeTextsTest {

    private static final Properties ENGLISH = load("/io/trustmark/i18n/messages.properties");
    private static final Properties THAI = load("/io/trustmark/i18n/messages_th.properties");
    private static final Pattern THAI_SCRIPT = Pattern.compile("\\p{IsThai}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    @Test
    void everyAuditActionAndSubjectTypeHasWordsInBothLanguages() {
        var actions = constantsOf(AuditAction.class);
        var subjects = constantsOf(AuditSubjectType.class);
        assertTrue(actions.contains("TIER_LOWERED") && actions.contains("DOCUMENT_VIEWED"), actions.toString());
        assertTrue(subjects.contains("REQUEST") && subjects.contains("HANDOFF"), subjects.toString());
        var missing = new ArrayList<String>();
        actions.forEach(name -> missing.addAll(missingTexts("audit.action." + name)));
        subjects.forEach(name -> missing.addAll(missingTexts("audit.subject." + name)));
        assertEquals(List.of(), missing);
    }

    @Test
    void tiersStatesDocumentKindsAndReasonUsesHaveWordsInBothLanguages() {
        var missing = new ArrayList<String>();
        Stream.of(Tier.values()).forEach(t -> missing.addAll(missingTexts("tier." + t.name())));
        Stream.of(RequestStatus.values()).forEach(s -> missing.addAll(missingTexts("status." + s.name())));
        Stream.of(DocumentKind.values()).forEach(k -> missing.addAll(missingTexts("document.kind." + k.name())));
        Stream.of(ReasonUse.values()).forEach(u -> missing.addAll(missingTexts("reasons.use." + u.name())));
        assertEquals(List.of(), missing);
    }

    /** The Thai tier names are the ones the whole Thai bundle uses: no page calls a tier "Trusted" or "Citizen". */
    @Test
    void thaiTextsNameTheTiersInThai() {
        assertEquals("สมาชิกทั่วไป", THAI.getProperty("tier.REGISTERED"));
        assertEquals("สมาชิกยืนยันตัวตน", THAI.getProperty("tier.CITIZEN"));
        assertEquals("สมาชิกน่าเชื่อถือ", THAI.getProperty("tier.TRUSTED"));
        var english = new TreeSet<String>();
        THAI.forEach((key, text) -> {
            var withoutArguments = text.toString().replaceAll("\\{[^{}]*}", "");
            if (withoutArguments.matches("(?s).*\\b(Trusted|Citizen|Registered)\\b.*")) {
                english.add(key + "=" + text);
            }
        });
        assertEquals(new TreeSet<String>(), english, "Thai texts that name a tier in English");
        assertTrue(THAI.getProperty("verify.target.TRUSTED").startsWith(THAI.getProperty("tier.TRUSTED")));
        assertTrue(THAI.getProperty("verify.target.CITIZEN").startsWith(THAI.getProperty("tier.CITIZEN")));
    }

    /** The reasons reviewers pick from are rows (sql/), each with its own English and Thai text. */
    @Test
    void everySeededReasonHasEnglishAndThaiText() throws IOException {
        // (nextval('entity_seq'), 'CODE', 'USE', ['KIND',] 'English', 'Thai', TRUE, position, 0)
        var row = Pattern.compile(
                "\\(nextval\\('entity_seq'\\), '([A-Z_]+)', '(RESUBMIT|REJECT|TIER)',\\s*(?:'([A-Z_]+)',)?\\s*'((?:[^']|'')+)',\\s*'((?:[^']|'')+)'");
        var codes = new TreeSet<String>();
        for (var script : List.of("V4__review_workbench.sql", "V9__reasons_per_document.sql")) {
            var matcher = row.matcher(Files.readString(Path.of("sql", script), StandardCharsets.UTF_8));
            while (matcher.find()) {
                var code = matcher.group(1);
                codes.add(code);
                var kind = matcher.group(3);
                if (kind != null) {
                    DocumentKind.valueOf(kind);
                }
                assertFalse(THAI_SCRIPT.matcher(matcher.group(4)).find(), code + ": English text in English");
                assertTrue(THAI_SCRIPT.matcher(matcher.group(5)).find(), code + ": Thai text in Thai");
                assertFalse(LATIN_WORD.matcher(matcher.group(5)).find(), code + ": no English word in the Thai text");
            }
        }
        assertTrue(
                codes.containsAll(List.of(
                        "BLURRED",
                        "MISUSE",
                        "PASSPORT_CROPPED",
                        "FACE_NOT_CLEAR",
                        "FACE_OTHER_PERSON",
                        "PASSBOOK_NAME_HIDDEN",
                        "NOT_OWN_PASSPORT")),
                "reasons for every kind of document: " + codes);
    }

    private static List<String> missingTexts(String key) {
        var missing = new ArrayList<String>();
        var english = ENGLISH.getProperty(key);
        var thai = THAI.getProperty(key);
        if (english == null || english.isBlank()) {
            missing.add(key + " (English)");
        }
        if (thai == null || !THAI_SCRIPT.matcher(thai).find()) {
            missing.add(key + " (Thai)");
        }
        return missing;
    }

    /** The names of every constant of every enum in io.trustmark that implements {@code type}. */
    private static TreeSet<String> constantsOf(Class<?> type) {
        var names = new TreeSet<String>();
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.trustmark").stream()
                        .filter(c -> c.isEnum() && c.isAssignableTo(type))
                        .forEach(c -> c.getEnumConstants().forEach(constant -> names.add(constant.name())));
        return names;
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (var in = CodeTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
