package io.trustmark.membership.domain.reading;

import io.trustmark.membership.domain.PrintedIdentity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One field of a document as read from its photo, as the member typed it and, for the number, as registered: what
 * the wizard offers as a prefill and what the review page lays side by side. Two values agree only when they are
 * the same once spacing (and, in English names, letter case) is set aside, the way {@link ReadingChecks} compares
 * them: a misread shows as a disagreement, never as agreement.
 *
 * @param field      the field's name (a message key's last part: number, thaiGiven, expiry …)
 * @param read       what was read from the photo; null when nothing was read for it
 * @param typed      what the member typed; null when not asked
 * @param registered the registered value (the number only); null for the other fields
 */
public record ReadVsTyped(String field, Object read, Object typed, Object registered) {

    /** What the member typed from a document, in the wizard or on a sent request. */
    public record Typed(
            String number,
            String passportNumber,
            String thaiTitle,
            String thaiGiven,
            String thaiSurname,
            String englishTitle,
            String englishGiven,
            String englishSurname,
            LocalDate expiry,
            String accountName) {

        public static Typed of(PrintedIdentity identity, String accountName) {
            if (identity == null) {
                return new Typed(null, null, null, null, null, null, null, null, null, accountName);
            }
            return new Typed(
                    identity.getDocumentNumber(),
                    null,
                    identity.getThaiTitle(),
                    identity.getThaiGiven(),
                    identity.getThaiSurname(),
                    identity.getEnglishTitle(),
                    identity.getEnglishGiven(),
                    identity.getEnglishSurname(),
                    identity.getExpiry(),
                    accountName);
        }
    }

    /** Something was read for this field. */
    public boolean isRead() {
        return read != null;
    }

    /** Read, and not what was typed or not the registered value. */
    public boolean differs() {
        return read != null
                && ((typed != null && !same(read, typed)) || (registered != null && !same(read, registered)));
    }

    /** Read and the same as what was typed (and registered, for the number). */
    public boolean agrees() {
        return read != null && !differs() && (typed != null || registered != null);
    }

    /**
     * The fields of {@code reading} beside {@code typed}: the identity document's number (against the registered
     * one too), names, birth and expiry; a passbook's account name. Fields nothing was read or typed for are left
     * out.
     */
    public static List<ReadVsTyped> of(DocumentReading reading, Typed typed, String registered) {
        var rows = new ArrayList<ReadVsTyped>();
        if (reading == null || reading.getStatus() != DocumentReading.Status.READ) {
            return rows;
        }
        switch (reading.getKind()) {
            case ID_CARD_FRONT -> {
                add(rows, "number", reading.getIdNumber(), typed.number(), registered);
                names(rows, reading, typed);
            }
            case PASSPORT_PAGE -> {
                add(rows, "passportNumber", reading.getPassportNumber(), passportTyped(typed), null);
                if (reading.getIdNumber() != null) {
                    add(
                            rows,
                            "number",
                            reading.getIdNumber(),
                            typed.passportNumber() == null ? null : typed.number(),
                            registered);
                }
                names(rows, reading, typed);
            }
            case PASSBOOK -> add(rows, "accountName", reading.getAccountName(), typed.accountName(), null);
            default -> {
                // A face photo is not read.
            }
        }
        return rows;
    }

    /** A Thai member types their passport's number apart; anyone else types it as the number. */
    private static String passportTyped(Typed typed) {
        return typed.passportNumber() != null ? typed.passportNumber() : typed.number();
    }

    private static void names(List<ReadVsTyped> rows, DocumentReading reading, Typed typed) {
        add(rows, "thaiTitle", reading.getThaiTitle(), typed.thaiTitle(), null);
        add(rows, "thaiGiven", reading.getThaiGiven(), typed.thaiGiven(), null);
        add(rows, "thaiSurname", reading.getThaiSurname(), typed.thaiSurname(), null);
        add(rows, "englishGiven", reading.getEnglishGiven(), typed.englishGiven(), null);
        add(rows, "englishSurname", reading.getEnglishSurname(), typed.englishSurname(), null);
        add(rows, "birth", reading.getBirth(), null, null);
        add(rows, "expiry", reading.getExpiry(), typed.expiry(), null);
    }

    private static void add(List<ReadVsTyped> rows, String field, Object read, Object typed, Object registered) {
        if (read != null || typed != null) {
            rows.add(new ReadVsTyped(field, blankToNull(read), blankToNull(typed), blankToNull(registered)));
        }
    }

    private static Object blankToNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return normal(x).equals(normal(y));
        }
        return Objects.equals(a, b);
    }

    /** Spacing and dashes (a number typed 1-2345-…) set aside, English letters compared in capitals. */
    private static String normal(String s) {
        return s.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }
}
