package io.trustmark.review.domain;

/**
 * What a reviewer gives with a decision: a code from the reason list, free text for the member, and a
 * staff-only note. Blank texts become null, so "nothing written" is stored one way.
 */
public record DecisionReason(String code, String freeText, String staffNote) {

    public static final int MAX_FREE_TEXT = 490;
    public static final int MAX_STAFF_NOTE = 2000;

    public static final DecisionReason NONE = new DecisionReason(null, null, null);

    public DecisionReason {
        code = blankToNull(code);
        freeText = blankToNull(freeText);
        staffNote = blankToNull(staffNote);
        if (freeText != null && freeText.length() > MAX_FREE_TEXT) {
            throw new IllegalArgumentException("Free text longer than " + MAX_FREE_TEXT);
        }
        if (staffNote != null && staffNote.length() > MAX_STAFF_NOTE) {
            throw new IllegalArgumentException("Staff note longer than " + MAX_STAFF_NOTE);
        }
    }

    public static DecisionReason note(String staffNote) {
        return new DecisionReason(null, null, staffNote);
    }

    /** Whether the member is given a reason: a listed one or words of the reviewer's own. */
    public boolean givesMemberAReason() {
        return code != null || freeText != null;
    }

    /** The listed reason's text followed by the reviewer's own words, as the member reads it. */
    public String memberText(String listedText) {
        if (listedText == null) {
            return freeText;
        }
        return freeText == null ? listedText : listedText + "\n\n" + freeText;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
