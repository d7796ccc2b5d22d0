package io.trustmark.identity.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalisation pipeline for names as people type them and banks print them, so that two
 * spellings a reader cannot tell apart compare equal, and nothing else does.
 *
 * <p>Thai text reaches us with invisible characters, SARA AM typed as NIKHAHIT + SARA AA (which
 * NFKC produces too, and NFC does not undo), tone marks typed before their vowel, doubled marks
 * and เเ (two SARA E) typed for แ; these are repaired here. Titles are recognised here as well,
 * because a title must never decide whether two names match.
 */
public final class ThaiNames {

    /** A repair the pipeline made; the reviewer may be told about it. */
    public enum Repair {
        INVISIBLE_CHARACTERS("check.name.repair.invisible"),
        SARA_AM("check.name.repair.saraAm"),
        MARK_ORDER("check.name.repair.markOrder"),
        DOUBLED_MARK("check.name.repair.doubledMark"),
        DOUBLED_SARA_E("check.name.repair.saraAe");

        private final String messageKey;

        Repair(String messageKey) {
            this.messageKey = messageKey;
        }

        /** Bundle key of the informational reason; its one argument is the repaired name. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** Normalised text together with the repairs that were needed to get it. */
    public record Normalized(String text, Set<Repair> repairs) {
        public Normalized {
            // Kept in declaration order, so the reasons built from it come out the same every time.
            repairs = repairs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(repairs));
        }
    }

    private static final char SARA_E = '\u0E40';
    private static final char SARA_AE = '\u0E41';
    private static final char SARA_AA = '\u0E32';
    private static final char SARA_AM = '\u0E33';
    private static final char NIKHAHIT = '\u0E4D';

    // Typed separately (before NFKC splits every SARA AM anyway): NIKHAHIT, maybe a tone, SARA AA;
    // or SARA AM followed by the tone that belongs before it.
    private static final Pattern SARA_AM_TYPED_APART = Pattern.compile("\u0E4D[\u0E48-\u0E4B]*\u0E32");
    private static final Pattern TONE_AFTER_SARA_AM = Pattern.compile("\u0E33[\u0E48-\u0E4B]");
    private static final Pattern DECOMPOSED_SARA_AM_THEN_TONE = Pattern.compile("\u0E4D\u0E32([\u0E48-\u0E4B])");
    private static final Pattern DOUBLED_SARA_AM = Pattern.compile("\u0E33{2,}");
    private static final int MAX_REPAIR_PASSES = 8;
    // javaWhitespace includes the separators U+001C..U+001F, which plain \s misses.
    private static final Pattern SPACES = Pattern.compile("[\\p{javaWhitespace}\\p{Zs}]+");

    // Thai ranks are written out in full as often as abbreviated, and passbooks print them joined to the
    // given name ("ร้อยตรีสมชาย"). The full forms follow a pattern (stem + grade); each is listed with its
    // abbreviation, so that "ร้อยตำรวจเอก" and "ร.ต.อ." are known to be one title. Army, navy, air force, police.
    private static final String[][] GRADED_RANK_STEMS = {
        {"พล", "พล."}, {"พัน", "พ."}, {"ร้อย", "ร."}, {"จ่าสิบ", "จ.ส."}, {"สิบ", "ส."},
        {"พลเรือ", "พล.ร."}, {"นาวา", "น."}, {"เรือ", "ร."}, {"พันจ่า", "พ.จ."}, {"จ่า", "จ."},
        {"พลอากาศ", "พล.อ."}, {"นาวาอากาศ", "น."}, {"เรืออากาศ", "ร."}, {"พันจ่าอากาศ", "พ.อ."}, {"จ่าอากาศ", "จ."},
        {"พลตำรวจ", "พล.ต."}, {"พันตำรวจ", "พ.ต."}, {"ร้อยตำรวจ", "ร.ต."}, {"สิบตำรวจ", "ส.ต."}
    };
    private static final String[][] GRADES = {{"เอก", "อ."}, {"โท", "ท."}, {"ตรี", "ต."}};
    private static final Map<String, String> UNGRADED_RANKS = Map.of(
            "พลตำรวจจัตวา", "พล.ต.จ.", "ดาบตำรวจ", "ด.ต.", "จ่าสิบตำรวจ", "จ.ส.ต.", "พลทหาร", "พลฯ", "พลตำรวจ", "พลฯ");
    /** Every full Thai rank, with its abbreviation. */
    static final Map<String, String> THAI_RANKS = thaiRanks();
    // Other full title words and their abbreviations (civil, royal lineage, academic and medical).
    private static final Map<String, String> THAI_TITLE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("นาย", "นาย"),
            Map.entry("นาง", "นาง"),
            Map.entry("นางสาว", "น.ส."),
            Map.entry("เด็กชาย", "ด.ช."),
            Map.entry("เด็กหญิง", "ด.ญ."),
            Map.entry("ว่าที่", "ว่าที่"),
            Map.entry("หม่อมเจ้า", "ม.จ."),
            Map.entry("หม่อมราชวงศ์", "ม.ร.ว."),
            Map.entry("หม่อมหลวง", "ม.ล."),
            Map.entry("คุณหญิง", "คุณหญิง"),
            Map.entry("ท่านผู้หญิง", "ท่านผู้หญิง"),
            Map.entry("ศาสตราจารย์", "ศ."),
            Map.entry("รองศาสตราจารย์", "รศ."),
            Map.entry("ผู้ช่วยศาสตราจารย์", "ผศ."),
            Map.entry("ดอกเตอร์", "ดร."),
            Map.entry("ด็อกเตอร์", "ดร."),
            Map.entry("นายแพทย์", "นพ."),
            Map.entry("แพทย์หญิง", "พญ."),
            Map.entry("ทันตแพทย์", "ทพ."),
            Map.entry("ทันตแพทย์หญิง", "ทพญ."),
            Map.entry("เภสัชกร", "ภก."),
            Map.entry("เภสัชกรหญิง", "ภญ."));
    // Undotted title words, longest first so that นางสาว wins over นาง, นายแพทย์ over นาย and พลตำรวจเอก
    // over พลตำรวจ. Only whole words count: "พลอย" is a name, not the start of a rank.
    private static final List<String> THAI_TITLE_WORDS =
            sortedLongestFirst(concat(THAI_TITLE_ABBREVIATIONS.keySet(), THAI_RANKS.keySet(), Set.of("พลฯ")));
    // A woman officer's rank adds หญิง ("ร้อยตรีหญิง", "ร.ต.หญิง"), and a colonel or captain of the
    // special grade adds (พิเศษ) ("พันเอก(พิเศษ)", "น.อ. (พิเศษ)"): both belong to the rank.
    private static final String WOMAN = "หญิง";
    private static final Pattern SPECIAL_GRADE = Pattern.compile(" ?\\(พิเศษ\\)");
    // Abbreviated ranks end in their grade (อ. ท. ต.) or จ. (จัตวา; also ม.จ., whose women's form adds หญิง).
    private static final Pattern RANK_ABBREVIATION_END = Pattern.compile("(?:^|\\.)[อทตจ]\\.$");
    // Dotted Thai abbreviations (น.ส., ด.ช., ร.ต., พล.ต.อ., ม.ร.ว., รศ., ดร., นพ. …) are never part of a
    // name, so any such chain at the start is a title or rank; the ranks are too many to list.
    private static final Pattern THAI_ABBREVIATION = Pattern.compile("(?:[\u0E01-\u0E2E]{1,4}\\.)+");
    // Dotted, but company forms: recognised as such by the account-name rules, never as a title.
    private static final Set<String> THAI_NON_TITLES = Set.of("บจก.", "บจ.", "บมจ.", "หจก.", "หสน.");
    private static final Set<String> ENGLISH_TITLE_WORDS =
            Set.of("MR", "MRS", "MISS", "MS", "MSTR", "MASTER", "DR", "PROF", "ACTING", "SUB");
    // Ranks and titles written out in full (cards and passbooks print "Police Colonel" as well as "Pol. Col.").
    private static final Set<String> ENGLISH_FULL_TITLES = Set.of(
            "GENERAL",
            "COLONEL",
            "MAJOR",
            "CAPTAIN",
            "LIEUTENANT",
            "SERGEANT",
            "CORPORAL",
            "PRIVATE",
            "CONSTABLE",
            "ADMIRAL",
            "COMMANDER",
            "ENSIGN",
            "MARSHAL",
            "LEADER",
            "OFFICER",
            "PROFESSOR",
            "DOCTOR",
            "KHUNYING",
            "THANPUYING");
    // Words that are a title only in front of another title ("Police Colonel", "Flight Lieutenant", "Rear
    // Adm."): alone they could be part of a name.
    private static final Set<String> ENGLISH_TITLE_MODIFIERS = Set.of(
            "POLICE",
            "VICE",
            "REAR",
            "AIR",
            "CHIEF",
            "FLIGHT",
            "SQUADRON",
            "WING",
            "GROUP",
            "FLYING",
            "PILOT",
            "PETTY",
            "SENIOR",
            "FIRST",
            "SECOND",
            "LANCE",
            "BRIGADIER",
            "ASSOCIATE",
            "ASSISTANT");
    // Ranks are English words only with their dot (POL., LT., COL. …): undotted they could be names.
    private static final Set<String> ENGLISH_DOTTED_TITLES = Set.of(
            "POL", "LT", "CAPT", "COL", "GEN", "MAJ", "SGT", "CPL", "PVT", "ADM", "RADM", "VADM", "CDR", "LCDR", "CMDR",
            "ENS", "PO", "CPO", "FLT", "SQN", "LDR", "WG", "GP", "AVM", "ACM", "SEN", "BRIG", "ASST", "ASSOC", "REV");
    private static final Map<String, String> ENGLISH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("POLICE", "POL"),
            Map.entry("GENERAL", "GEN"),
            Map.entry("COLONEL", "COL"),
            Map.entry("MAJOR", "MAJ"),
            Map.entry("CAPTAIN", "CAPT"),
            Map.entry("LIEUTENANT", "LT"),
            Map.entry("SERGEANT", "SGT"),
            Map.entry("CORPORAL", "CPL"),
            Map.entry("PRIVATE", "PVT"),
            Map.entry("ADMIRAL", "ADM"),
            Map.entry("COMMANDER", "CDR"),
            Map.entry("FLIGHT", "FLT"),
            Map.entry("SQUADRON", "SQN"),
            Map.entry("LEADER", "LDR"),
            Map.entry("WING", "WG"),
            Map.entry("GROUP", "GP"),
            Map.entry("SENIOR", "SEN"),
            Map.entry("PROFESSOR", "PROF"),
            Map.entry("ASSOCIATE", "ASSOC"),
            Map.entry("ASSISTANT", "ASST"),
            Map.entry("DOCTOR", "DR"),
            Map.entry("MASTER", "MSTR"));
    private static final int MAX_MODIFIERS = 2;
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]+");
    // Two or more dotted initials (M.L., M.R.W., POL.LT.GEN.) are never a given name.
    private static final Pattern ENGLISH_DOTTED_CHAIN = Pattern.compile("(?:[A-Za-z]{1,5}\\.){2,}");

    private ThaiNames() {}

    /**
     * NFKC, zero-width/format characters dropped, SARA AM re-joined, tone marks after their vowel,
     * doubled marks and เเ repaired, whitespace (including no-break spaces) collapsed and trimmed.
     * {@code null} gives the empty string.
     */
    public static String normalize(String s) {
        return normalizeTracked(s).text();
    }

    /** {@link #normalize(String)}, also telling which repairs were needed. */
    public static Normalized normalizeTracked(String s) {
        if (s == null) {
            return new Normalized("", Set.of());
        }
        EnumSet<Repair> repairs = EnumSet.noneOf(Repair.class);
        // Invisible characters go before NFKC, so they cannot keep a mark from composing with its base.
        String text = dropFormatCharacters(s, repairs);
        if (SARA_AM_TYPED_APART.matcher(text).find()) {
            repairs.add(Repair.SARA_AM);
        }
        if (TONE_AFTER_SARA_AM.matcher(text).find()) {
            repairs.add(Repair.MARK_ORDER);
        }
        // One repair can set up another (re-joining SARA AM moves its tone mark next to the marks before
        // it, where it may repeat one: "ี่ำ่", "่ำำ่"), so repair until nothing changes; otherwise
        // normalising twice could give another name than once (found by fuzzing). Every pass that changes
        // anything makes the text shorter or puts marks in order, so few passes are ever needed.
        String before;
        int passes = 0;
        do {
            before = text;
            text = repairOnce(text, repairs);
        } while (!text.equals(before) && ++passes < MAX_REPAIR_PASSES);
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return new Normalized(text, repairs);
    }

    /**
     * The recognised title prefix of a printed name (several titles in a row, such as
     * "ว่าที่ ร.ต." or "พล.ต.อ. ดร.", count as one prefix), normalised; empty if there is none.
     */
    public static Optional<String> title(String printed) {
        String text = normalize(printed);
        int end = titleEnd(text);
        return end == 0 ? Optional.empty() : Optional.of(text.substring(0, end).strip());
    }

    /** Where the title prefix of normalised {@code text} ends; 0 when there is none. */
    static int titleEnd(String text) {
        int end = 0;
        int position = 0;
        while (true) {
            int next = oneTitleEnd(text, position);
            if (next <= position) {
                return end;
            }
            end = next;
            position = next;
            while (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
        }
    }

    /**
     * A title compared without regard to how it is written: dots, spaces and case dropped, and full forms
     * in their abbreviated form ("ร้อยตำรวจเอก" and "ร.ต.อ." both give "รตอ", "Police Colonel" and
     * "POL.COL." both give "POLCOL"). Only for telling the reviewer that two titles differ.
     */
    static String canonicalTitle(String title) {
        String text = normalize(title).toUpperCase(Locale.ROOT);
        StringBuilder canonical = new StringBuilder();
        int position = 0;
        while (position < text.length()) {
            String word = wordAt(text, position);
            if (word != null) {
                canonical.append(abbreviationOf(word));
                position += word.length();
            } else {
                canonical.append(text.charAt(position++));
            }
        }
        return canonical.toString().replace(".", "").replace(" ", "");
    }

    private static String wordAt(String text, int position) {
        for (String word : THAI_TITLE_WORDS) {
            if (text.startsWith(word, position)) {
                return word;
            }
        }
        Matcher english = ENGLISH_WORD.matcher(text).region(position, text.length());
        return english.lookingAt() ? english.group() : null;
    }

    private static String abbreviationOf(String word) {
        String thai = THAI_RANKS.getOrDefault(word, THAI_TITLE_ABBREVIATIONS.get(word));
        return thai != null ? thai : ENGLISH_ABBREVIATIONS.getOrDefault(word, word);
    }

    private static int oneTitleEnd(String text, int start) {
        return oneTitleEnd(text, start, 0);
    }

    private static int oneTitleEnd(String text, int start, int modifiersBefore) {
        Matcher abbreviation = THAI_ABBREVIATION.matcher(text).region(start, text.length());
        if (abbreviation.lookingAt() && !THAI_NON_TITLES.contains(abbreviation.group())) {
            boolean rank = RANK_ABBREVIATION_END.matcher(abbreviation.group()).find();
            return rank ? rankSuffixEnd(text, abbreviation.end()) : abbreviation.end();
        }
        for (String word : THAI_TITLE_WORDS) {
            int end = start + word.length();
            if (!text.startsWith(word, start)) {
                continue;
            }
            if (THAI_RANKS.containsKey(word) || word.equals("พลฯ")) {
                end = rankSuffixEnd(text, end);
            }
            if (end == text.length() || startsThaiSyllableOrSpace(text, end)) {
                return end;
            }
        }
        Matcher chain = ENGLISH_DOTTED_CHAIN.matcher(text).region(start, text.length());
        if (chain.lookingAt()) {
            return chain.end();
        }
        Matcher word = ENGLISH_WORD.matcher(text).region(start, text.length());
        if (word.lookingAt()) {
            String upper = word.group().toUpperCase(Locale.ROOT);
            boolean dotted = word.end() < text.length() && text.charAt(word.end()) == '.';
            boolean titleWord = ENGLISH_TITLE_WORDS.contains(upper) || ENGLISH_FULL_TITLES.contains(upper);
            if (dotted && (titleWord || ENGLISH_DOTTED_TITLES.contains(upper))) {
                return word.end() + 1;
            }
            boolean wordEnds = word.end() == text.length() || text.charAt(word.end()) == ' ';
            if (!dotted && wordEnds && titleWord) {
                return word.end();
            }
            // At most "Air Chief Marshal": a bounded look-ahead, however many modifiers a hostile line repeats.
            if (!dotted
                    && wordEnds
                    && ENGLISH_TITLE_MODIFIERS.contains(upper)
                    && modifiersBefore < MAX_MODIFIERS
                    && word.end() < text.length()) {
                int next = word.end() + 1;
                if (oneTitleEnd(text, next, modifiersBefore + 1) > next) {
                    return word.end();
                }
            }
        }
        return start;
    }

    /** After a rank: the women's หญิง joined to it, and the special grade's "(พิเศษ)". */
    private static int rankSuffixEnd(String text, int end) {
        int position = end;
        if (text.startsWith(WOMAN, position)
                && (position + WOMAN.length() == text.length()
                        || startsThaiSyllableOrSpace(text, position + WOMAN.length())
                        || text.charAt(position + WOMAN.length()) == '(')) {
            position += WOMAN.length();
        }
        Matcher special = SPECIAL_GRADE.matcher(text).region(position, text.length());
        if (special.lookingAt()) {
            position = special.end();
        }
        return position;
    }

    // A Thai title joined to the name ("นายสมชาย") ends where the name's first syllable begins:
    // not before a mark or a following vowel, which would mean the "title" is part of a longer word.
    private static boolean startsThaiSyllableOrSpace(String text, int index) {
        char next = text.charAt(index);
        if (next == ' ') {
            return true;
        }
        boolean thai = next >= '\u0E01' && next <= '\u0E4F';
        boolean followingVowel = next == '\u0E30' || next == SARA_AA || next == SARA_AM || next == '\u0E45';
        return thai && !followingVowel && Character.getType(next) != Character.NON_SPACING_MARK;
    }

    private static String repairOnce(String typed, Set<Repair> repairs) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        if (text.indexOf("" + SARA_E + SARA_E) >= 0) {
            text = text.replace("" + SARA_E + SARA_E, String.valueOf(SARA_AE));
            repairs.add(Repair.DOUBLED_SARA_E);
        }
        text = orderMarks(text, repairs);
        text = DECOMPOSED_SARA_AM_THEN_TONE.matcher(text).replaceAll("$1" + SARA_AM);
        text = text.replace("" + NIKHAHIT + SARA_AA, String.valueOf(SARA_AM));
        Matcher doubledSaraAm = DOUBLED_SARA_AM.matcher(text);
        if (doubledSaraAm.find()) {
            text = doubledSaraAm.replaceAll(String.valueOf(SARA_AM));
            repairs.add(Repair.DOUBLED_MARK);
        }
        return text;
    }

    private static String dropFormatCharacters(String s, Set<Repair> repairs) {
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().forEach(codePoint -> {
            // Cf covers U+200B..U+200D, U+2060, U+FEFF, the soft hyphen and direction marks. Control
            // characters other than whitespace are never part of a name either (and callers may rely on
            // their absence, e.g. as separators when storing reasons).
            int type = Character.getType(codePoint);
            if (type == Character.FORMAT || type == Character.CONTROL && !Character.isWhitespace(codePoint)) {
                repairs.add(Repair.INVISIBLE_CHARACTERS);
            } else {
                kept.appendCodePoint(codePoint);
            }
        });
        return kept.toString();
    }

    /**
     * Puts each run of Thai marks above/below a consonant into the order a correct keyboard
     * sequence gives (vowel, then tone mark or other sign, then NIKHAHIT) and drops exact repeats.
     */
    private static String orderMarks(String text, Set<Repair> repairs) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isThaiMark(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            List<Character> run = new ArrayList<>();
            while (i < text.length() && isThaiMark(text.charAt(i))) {
                run.add(text.charAt(i++));
            }
            List<Character> ordered = new ArrayList<>(run);
            ordered.sort(Comparator.comparingInt(ThaiNames::markRank));
            if (!ordered.equals(run)) {
                repairs.add(Repair.MARK_ORDER);
            }
            Character previous = null;
            for (Character mark : ordered) {
                if (mark.equals(previous)) {
                    repairs.add(Repair.DOUBLED_MARK);
                } else {
                    out.append(mark.charValue());
                }
                previous = mark;
            }
        }
        return out.toString();
    }

    private static boolean isThaiMark(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    private static int markRank(char mark) {
        if (mark == NIKHAHIT) {
            return 2;
        }
        // MAITAIKHU, the tone marks, THANTHAKHAT and YAMAKKAN sit above the vowel.
        return mark >= '\u0E47' ? 1 : 0;
    }

    private static Map<String, String> thaiRanks() {
        Map<String, String> ranks = new HashMap<>(UNGRADED_RANKS);
        for (String[] stem : GRADED_RANK_STEMS) {
            for (String[] grade : GRADES) {
                ranks.put(stem[0] + grade[0], stem[1] + grade[1]);
            }
        }
        return Map.copyOf(ranks);
    }

    @SafeVarargs
    private static List<String> concat(Set<String>... sets) {
        List<String> all = new ArrayList<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
