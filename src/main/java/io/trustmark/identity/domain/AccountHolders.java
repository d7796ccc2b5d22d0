package io.trustmark.identity.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A passbook account-name line read for signs that the account is not one person's own: joint
 * holders, an account held for or through someone else, a company, shop or other body.
 *
 * <p>Markers are recognised only as whole words, or as a Thai word joined to a following title
 * ("และนางสมหญิง"), so that a name that merely contains the letters is not mistaken for one.
 */
record AccountHolders(List<String> parties, Map<Kind, String> markers) {

    /** Why an account is not (only) the member's own; each maps to a bundle key. */
    enum Kind {
        JOINT("check.name.joint"),
        ON_BEHALF("check.name.onBehalf"),
        BUSINESS("check.name.business");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private static final Map<String, Kind> SEPARATORS = Map.ofEntries(
            Map.entry("และ/หรือ", Kind.JOINT),
            Map.entry("และ", Kind.JOINT),
            Map.entry("หรือ", Kind.JOINT),
            Map.entry("AND/OR", Kind.JOINT),
            Map.entry("AND", Kind.JOINT),
            Map.entry("OR", Kind.JOINT),
            Map.entry("&", Kind.JOINT),
            Map.entry("เพื่อ", Kind.ON_BEHALF),
            Map.entry("โดย", Kind.ON_BEHALF),
            Map.entry("FOR", Kind.ON_BEHALF),
            Map.entry("ITF", Kind.ON_BEHALF),
            Map.entry("BY", Kind.ON_BEHALF));
    // Longest first: และ/หรือ before และ.
    private static final List<String> THAI_SEPARATORS = List.of("และ/หรือ", "เพื่อ", "หรือ", "และ", "โดย");
    private static final List<String> THAI_BUSINESS_PREFIXES =
            List.of("บจก.", "บมจ.", "หจก.", "หสน.", "บริษัท", "ห้างหุ้นส่วน", "ร้าน", "มูลนิธิ", "สมาคม", "สหกรณ์");
    private static final List<String> THAI_BUSINESS_WORDS = List.of("จำกัด", "มหาชน");
    private static final Set<String> ENGLISH_BUSINESS_WORDS = Set.of(
            "CO",
            "COMPANY",
            "LTD",
            "LIMITED",
            "SHOP",
            "STORE",
            "CORP",
            "CORPORATION",
            "INC",
            "PCL",
            "PLC",
            "LLC",
            "PARTNERSHIP",
            "TRADING",
            "ENTERPRISE",
            "ENTERPRISES");

    AccountHolders {
        parties = List.copyOf(parties);
        // In the order they appear on the line, which is the order the reviewer reads them in.
        markers = Collections.unmodifiableMap(new LinkedHashMap<>(markers));
    }

    /** Reads a line already passed through {@link ThaiNames#normalize(String)}. */
    static AccountHolders read(String normalized) {
        List<String> parties = new ArrayList<>();
        Map<Kind, String> markers = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        for (String word : normalized.replace("&", " & ").strip().split(" +")) {
            Kind kind = SEPARATORS.get(word.toUpperCase(Locale.ROOT));
            String rest = "";
            if (kind == null) {
                for (String separator : THAI_SEPARATORS) {
                    if (word.startsWith(separator) && ThaiNames.titleEnd(word.substring(separator.length())) > 0) {
                        kind = SEPARATORS.get(separator);
                        rest = word.substring(separator.length());
                        word = separator;
                        break;
                    }
                }
            }
            if (kind != null) {
                markers.putIfAbsent(kind, word);
                addParty(parties, current);
                current = new ArrayList<>();
                if (!rest.isEmpty()) {
                    current.add(rest);
                }
                continue;
            }
            current.add(word);
            businessMarker(word).ifPresent(marker -> markers.putIfAbsent(Kind.BUSINESS, marker));
        }
        addParty(parties, current);
        return new AccountHolders(parties, markers);
    }

    /** Whether nothing suggests anything but a single person's own account. */
    boolean singlePerson() {
        return markers.isEmpty();
    }

    /** Whether {@code party} names a company, shop or other body rather than a person. */
    static boolean isBusiness(String party) {
        for (String word : party.split(" ")) {
            if (businessMarker(word).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> businessMarker(String word) {
        for (String prefix : THAI_BUSINESS_PREFIXES) {
            if (word.startsWith(prefix)) {
                return Optional.of(prefix);
            }
        }
        if (word.equals("บจ.")) {
            return Optional.of(word);
        }
        for (String thai : THAI_BUSINESS_WORDS) {
            if (word.contains(thai)) {
                return Optional.of(thai);
            }
        }
        // "CO.,LTD." and "(THAILAND)" arrive as one word: look at its letter groups.
        for (String piece : word.split("[^\\p{IsLatin}]+")) {
            if (ENGLISH_BUSINESS_WORDS.contains(piece.toUpperCase(Locale.ROOT))) {
                return Optional.of(piece);
            }
        }
        return Optional.empty();
    }

    private static void addParty(List<String> parties, List<String> words) {
        if (!words.isEmpty()) {
            parties.add(String.join(" ", words));
        }
    }
}
