package io.trustmark.identity.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The machine-readable zone of a passport (ICAO 9303 TD3: two lines of 44 characters), read so
 * that a reviewer sees name, dates and the result of every check digit, and so that a Thai ID
 * number in the personal-number field can be compared with the registered one.
 *
 * <p>Whether Thai passports carry the national ID in that field is not confirmed, so
 * {@link #thaiPersonalNumber()} offers it only when it is a valid Thai ID. {@link #toString()}
 * shows no personal data.
 *
 * @param documentType  "P", or "P" and a type letter, without filler
 * @param sex           'M', 'F' or 'X' (unspecified, {@code <} in the zone)
 * @param personalNumber the optional-data field without trailing filler; empty when unused
 */
public record MrzTd3(
        String documentType,
        String issuingState,
        String surname,
        String givenNames,
        String documentNumber,
        String nationality,
        LocalDate birthDate,
        char sex,
        LocalDate expiryDate,
        String personalNumber,
        List<MrzCheck> checks) {

    private static final int LENGTH = 44;
    private static final int[] WEIGHTS = {7, 3, 1};

    public MrzTd3 {
        checks = List.copyOf(checks);
    }

    /**
     * Reads the two lines as printed or scanned: surrounding whitespace and lower case are
     * tolerated, and birth dates are placed in the century that keeps them in the past.
     *
     * @throws MrzException with a bundle key when the lines are not a TD3 zone
     */
    public static MrzTd3 parse(String line1, String line2) {
        return parse(line1, line2, LocalDate.now());
    }

    /** {@link #parse(String, String)} with the date that two-digit birth years are judged against. */
    public static MrzTd3 parse(String line1, String line2, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String upper = clean(line1, 1);
        String lower = clean(line2, 2);
        if (upper.charAt(0) != 'P') {
            throw new MrzException("check.mrz.notPassport");
        }
        String names = upper.substring(5);
        int separator = names.indexOf("<<");
        String surname = separator < 0 ? names : names.substring(0, separator);
        String givenNames = separator < 0 ? "" : names.substring(separator + 2);

        String documentNumber = lower.substring(0, 9);
        String birth = lower.substring(13, 19);
        String expiry = lower.substring(21, 27);
        String personal = lower.substring(28, 42);
        String composite = lower.substring(0, 10) + lower.substring(13, 20) + lower.substring(21, 43);
        List<MrzCheck> checks = List.of(
                new MrzCheck(MrzCheck.DOCUMENT_NUMBER, checks(documentNumber, lower.charAt(9))),
                new MrzCheck(MrzCheck.BIRTH_DATE, checks(birth, lower.charAt(19))),
                new MrzCheck(MrzCheck.EXPIRY_DATE, checks(expiry, lower.charAt(27))),
                new MrzCheck(MrzCheck.PERSONAL_NUMBER, personalNumberChecks(personal, lower.charAt(42))),
                new MrzCheck(MrzCheck.COMPOSITE, checks(composite, lower.charAt(43))));

        return new MrzTd3(
                withoutFiller(upper.substring(0, 2)),
                withoutFiller(upper.substring(2, 5)),
                asWords(surname),
                asWords(givenNames),
                withoutFiller(documentNumber),
                withoutFiller(lower.substring(10, 13)),
                birthDate(birth, today),
                sex(lower.charAt(20)),
                expiryDate(expiry),
                stripTrailingFiller(personal),
                checks);
    }

    /**
     * The ICAO 9303 check digit: digits count as themselves, A–Z as 10–35, the filler as 0,
     * weighted 7, 3, 1 repeating; the sum modulo 10.
     */
    public static int checkDigit(String field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % WEIGHTS.length];
        }
        return sum % 10;
    }

    public boolean allChecksPass() {
        return checks.stream().allMatch(MrzCheck::passes);
    }

    /** The 13-digit Thai ID in the personal-number field, only when it is 13 digits and passes the Thai checksum. */
    public Optional<NationalIdNumber> thaiPersonalNumber() {
        if (personalNumber.length() != 13
                || !personalNumber.chars().allMatch(c -> c >= '0' && c <= '9')
                || !NationalIdNumber.isValid(personalNumber)) {
            return Optional.empty();
        }
        return Optional.of(new NationalIdNumber(personalNumber));
    }

    @Override
    public String toString() {
        return "MrzTd3[" + documentType + ", " + issuingState + ", checks " + (allChecksPass() ? "pass" : "fail") + "]";
    }

    private static String clean(String line, int number) {
        if (line == null) {
            throw new MrzException("check.mrz.missing", String.valueOf(number));
        }
        String text = stripSpace(line).toUpperCase(Locale.ROOT);
        if (text.length() != LENGTH) {
            throw new MrzException("check.mrz.wrongLength", String.valueOf(number), String.valueOf(text.length()));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
                throw new MrzException("check.mrz.invalidCharacter", String.valueOf(number), String.valueOf(i + 1));
            }
        }
        return text;
    }

    // strip() keeps no-break spaces, which arrive with text pasted from documents.
    private static String stripSpace(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean checks(String field, char check) {
        return check >= '0' && check <= '9' && check - '0' == checkDigit(field);
    }

    // An unused optional-data field may carry the filler instead of a check digit.
    private static boolean personalNumberChecks(String field, char check) {
        if (field.chars().allMatch(c -> c == '<')) {
            return check == '<' || check == '0';
        }
        return checks(field, check);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character");
    }

    private static LocalDate birthDate(String yymmdd, LocalDate today) {
        LocalDate thisCentury = date(yymmdd, 2000);
        if (thisCentury != null && !thisCentury.isAfter(today)) {
            return thisCentury;
        }
        LocalDate lastCentury = date(yymmdd, 1900);
        if (lastCentury == null) {
            throw new MrzException("check.mrz.invalidBirthDate");
        }
        return lastCentury;
    }

    private static LocalDate expiryDate(String yymmdd) {
        LocalDate date = date(yymmdd, 2000);
        if (date == null) {
            throw new MrzException("check.mrz.invalidExpiryDate");
        }
        return date;
    }

    private static LocalDate date(String yymmdd, int century) {
        if (!yymmdd.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            return LocalDate.of(
                    century + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static char sex(char c) {
        return switch (c) {
            case 'M', 'F' -> c;
            case '<', 'X' -> 'X';
            default -> throw new MrzException("check.mrz.invalidSex");
        };
    }

    private static String asWords(String field) {
        return field.replace('<', ' ').trim().replaceAll(" +", " ");
    }

    private static String withoutFiller(String field) {
        return field.replace("<", "");
    }

    private static String stripTrailingFiller(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }
}
