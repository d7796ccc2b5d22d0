package io.trustmark.membership.domain.reading;

import io.trustmark.document.domain.PageText;
import java.time.LocalDate;

/**
 * What was read from the front of a Thai ID card. Any field may be null (not found, or not read well enough to be
 * sure); a value is never guessed. The number is what was printed, checksum or not: a misread number must show as
 * a disagreement, so it is kept as read.
 *
 * @param birthDatesAgree  the Thai (Buddhist era) and English birth lines name the same day; null unless both were read
 * @param expiryDatesAgree the same for the expiry lines
 * @param religion         where the religion field lies, in the read image's pixels, and how it was found
 */
public record CardReading(
        String number,
        String thaiTitle,
        String thaiGiven,
        String thaiSurname,
        String englishTitle,
        String englishGiven,
        String englishSurname,
        LocalDate birth,
        Boolean birthDatesAgree,
        LocalDate expiry,
        Boolean expiryDatesAgree,
        ReligionField religion) {

    /** How the religion field was found. */
    public enum Located {
        /** From the words the reader found ("ศาสนา" and its value). */
        WORDS,
        /** From where the card's layout puts it, measured from lines that were found. */
        LAYOUT,
        /** Not found: the member is asked to cover it. */
        NOT_FOUND
    }

    public record ReligionField(Located located, PageText.Box box) {}

    public boolean anything() {
        return number != null || thaiGiven != null || englishGiven != null || birth != null || expiry != null;
    }
}
