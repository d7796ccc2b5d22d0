package io.trustmark.identity.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether names on two documents are the same name, exactly, after normalisation.
 *
 * <p>Titles never decide (a married woman may use นาง or นางสาว); given name and surname must be
 * equal, spaces inside a surname ("ณ อยุธยา") aside, English without regard to case. Thai is
 * compared with Thai and English with English. Anything short of that is not a match: the
 * reasons name the difference so a reviewer can judge it, and there is deliberately no score.
 */
public final class NameMatcher {

    private enum Script {
        THAI,
        LATIN,
        OTHER
    }

    private NameMatcher() {}

    /** Card name (typed by the member as printed) vs another name of the same script. */
    public static NameComparison compare(PersonName card, PersonName other) {
        return compare(Side.of(card), Side.of(other));
    }

    /**
     * Card names (Thai and English) vs a passbook account name line as printed (Thai or English,
     * with or without title). A joint, on-behalf or business account is never a match.
     */
    public static NameComparison compareAccountName(
            PersonName cardThai, PersonName cardEnglish, String passbookAccountName) {
        ThaiNames.Normalized line = ThaiNames.normalizeTracked(passbookAccountName);
        if (line.text().isEmpty()) {
            return new NameComparison(Verdict.NEEDS_REVIEW, List.of(Explanation.of("check.name.accountMissing")));
        }
        AccountHolders holders = AccountHolders.read(line.text());
        if (holders.singlePerson()) {
            return compareAccountHolder(cardThai, cardEnglish, line.text(), line.repairs());
        }
        return compareSeveralHolders(cardThai, cardEnglish, holders);
    }

    private static NameComparison compareSeveralHolders(
            PersonName cardThai, PersonName cardEnglish, AccountHolders holders) {
        List<Explanation> reasons = new ArrayList<>();
        holders.markers().forEach((kind, word) -> reasons.add(Explanation.of(kind.messageKey(), word)));
        List<String> people = holders.parties().stream()
                .filter(party -> !AccountHolders.isBusiness(party))
                .toList();
        List<String> mismatched = new ArrayList<>();
        List<Explanation> unsettled = new ArrayList<>();
        for (String person : people) {
            NameComparison holder = compareAccountHolder(cardThai, cardEnglish, person, Set.of());
            switch (holder.verdict()) {
                case MATCH -> {
                    reasons.add(Explanation.of("check.name.memberAmongHolders", person));
                    return new NameComparison(Verdict.NEEDS_REVIEW, reasons);
                }
                case MISMATCH -> mismatched.add(person);
                case NEEDS_REVIEW -> unsettled.addAll(holder.reasons());
            }
        }
        if (!mismatched.isEmpty()) {
            reasons.add(Explanation.of("check.name.memberNotAmongHolders", String.join(", ", mismatched)));
        }
        reasons.addAll(unsettled);
        // Clearly someone else only when every person named was compared and none is the member.
        boolean clearlySomeoneElse = !people.isEmpty() && mismatched.size() == people.size();
        return new NameComparison(clearlySomeoneElse ? Verdict.MISMATCH : Verdict.NEEDS_REVIEW, reasons);
    }

    private static NameComparison compareAccountHolder(
            PersonName cardThai, PersonName cardEnglish, String line, Set<ThaiNames.Repair> lineRepairs) {
        PersonName.Dissected printed = PersonName.dissect(line);
        if (printed.words().isEmpty()) {
            return new NameComparison(Verdict.NEEDS_REVIEW, List.of(Explanation.of("check.name.incomplete", line)));
        }
        Script script = script(String.join(" ", printed.words()));
        if (script == Script.OTHER) {
            return new NameComparison(Verdict.NEEDS_REVIEW, List.of(Explanation.of("check.name.mixedScript", line)));
        }
        PersonName card = script == Script.THAI ? cardThai : cardEnglish;
        if (card == null || card.isBlank()) {
            String key = script == Script.THAI ? "check.name.noCardThaiName" : "check.name.noCardEnglishName";
            return new NameComparison(Verdict.NEEDS_REVIEW, List.of(Explanation.of(key, line)));
        }
        Side cardSide = Side.of(card);
        PersonName holder = splitLike(cardSide, script, printed);
        Side holderSide = new Side(holder.title(), holder.given(), holder.surname(), lineRepairs, printed.notes());
        return compare(cardSide, holderSide);
    }

    /**
     * Splits the printed words where the card splits given name and surname, when the given name
     * is there word for word; otherwise the last word (with ณ / NA) is taken for the surname.
     */
    private static PersonName splitLike(Side card, Script script, PersonName.Dissected printed) {
        List<String> words = printed.words();
        List<String> cardGiven = Arrays.asList(card.given().split(" "));
        int n = cardGiven.size();
        if (words.size() > n
                && key(String.join(" ", words.subList(0, n)), script).equals(key(card.given(), script))) {
            return new PersonName(
                    printed.title(),
                    String.join(" ", words.subList(0, n)),
                    String.join(" ", words.subList(n, words.size())));
        }
        return PersonName.fromWords(printed.title(), words);
    }

    private static NameComparison compare(Side card, Side other) {
        List<Explanation> deciding = new ArrayList<>();
        missing(card, "check.name.cardMissing", deciding);
        missing(other, "check.name.otherMissing", deciding);
        if (!deciding.isEmpty()) {
            return new NameComparison(Verdict.NEEDS_REVIEW, deciding);
        }
        Script cardScript = script(card.fullName());
        Script otherScript = script(other.fullName());
        for (Side side : List.of(card, other)) {
            if (script(side.fullName()) == Script.OTHER) {
                deciding.add(Explanation.of("check.name.mixedScript", side.fullName()));
            }
        }
        if (deciding.isEmpty() && cardScript != otherScript) {
            deciding.add(Explanation.of("check.name.scriptDiffers", card.fullName(), other.fullName()));
        }
        if (!deciding.isEmpty()) {
            return new NameComparison(Verdict.NEEDS_REVIEW, deciding);
        }
        if (!key(card.given(), cardScript).equals(key(other.given(), cardScript))) {
            deciding.add(Explanation.of("check.name.givenDiffers", card.given(), other.given()));
        }
        if (!surnameKey(card.surname(), cardScript).equals(surnameKey(other.surname(), cardScript))) {
            deciding.add(Explanation.of("check.name.surnameDiffers", card.surname(), other.surname()));
        }
        List<Explanation> reasons = new ArrayList<>(deciding);
        Verdict verdict = deciding.isEmpty() ? Verdict.MATCH : Verdict.MISMATCH;
        if (verdict == Verdict.MATCH) {
            reasons.add(Explanation.of("check.name.same", card.fullName()));
        }
        reasons.addAll(informational(card, other));
        return new NameComparison(verdict, reasons);
    }

    private static void missing(Side side, String blankKey, List<Explanation> reasons) {
        if (side.given().isEmpty() && side.surname().isEmpty()) {
            reasons.add(Explanation.of(blankKey));
        } else if (side.given().isEmpty() || side.surname().isEmpty()) {
            reasons.add(Explanation.of("check.name.incomplete", side.fullName()));
        }
    }

    private static List<Explanation> informational(Side card, Side other) {
        Set<Explanation> reasons = new LinkedHashSet<>();
        if (!card.title().isEmpty()
                && !other.title().isEmpty()
                && !canonicalTitle(card.title()).equals(canonicalTitle(other.title()))) {
            reasons.add(Explanation.of("check.name.titleIgnored", card.title(), other.title()));
        }
        for (Side side : List.of(card, other)) {
            side.repairs().forEach(repair -> reasons.add(Explanation.of(repair.messageKey(), side.fullName())));
            side.notes().forEach(note -> reasons.add(Explanation.of("check.name.noteIgnored", note)));
        }
        return List.copyOf(reasons);
    }

    private static String key(String part, Script script) {
        return script == Script.LATIN ? part.toUpperCase(Locale.ROOT) : part;
    }

    private static String surnameKey(String surname, Script script) {
        return key(surname, script).replace(" ", "");
    }

    private static String canonicalTitle(String title) {
        return ThaiNames.canonicalTitle(title);
    }

    private static Script script(String text) {
        boolean thai = false;
        boolean latin = false;
        boolean other = false;
        for (int codePoint : text.codePoints().toArray()) {
            if (!Character.isLetter(codePoint)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            if (script == Character.UnicodeScript.THAI) {
                thai = true;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin = true;
            } else {
                other = true;
            }
        }
        if (other || thai == latin) {
            return Script.OTHER;
        }
        return thai ? Script.THAI : Script.LATIN;
    }

    /** One side of a comparison, normalised, with the repairs that needed and notes set apart. */
    private record Side(String title, String given, String surname, Set<ThaiNames.Repair> repairs, List<String> notes) {

        static Side of(PersonName name) {
            PersonName present = name == null ? new PersonName("", "", "") : name;
            Set<ThaiNames.Repair> repairs = EnumSet.noneOf(ThaiNames.Repair.class);
            String title = normalized(present.title(), repairs);
            String given = normalized(present.given(), repairs);
            // A title typed into the given-name field must not decide either.
            int titleEnd = ThaiNames.titleEnd(given);
            if (titleEnd > 0) {
                title = (title + " " + given.substring(0, titleEnd)).strip();
                given = given.substring(titleEnd).strip();
            }
            String surname = PersonName.withoutNavySuffix(normalized(present.surname(), repairs));
            return new Side(title, given, surname, repairs, List.of());
        }

        private static String normalized(String part, Set<ThaiNames.Repair> repairs) {
            ThaiNames.Normalized normalized = ThaiNames.normalizeTracked(part);
            repairs.addAll(normalized.repairs());
            return normalized.text();
        }

        String fullName() {
            return (given + " " + surname).strip();
        }
    }
}
