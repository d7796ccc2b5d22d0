package io.trustmark.document.domain;

/**
 * Reads one line of a page again, alone and in the languages given: a line read in the page's mixed Thai and English
 * pass can come out in the wrong script (an English name read as Thai letters), read alone it does not.
 */
@FunctionalInterface
public interface LineReader {

    /** What is in {@code box} (in the read image's pixels), read as one line in {@code languages}. */
    PageText read(PageText.Box box, String languages);

    /**
     * What is in {@code box} read as one line of digits only (the card's number): letters cannot come out of it, so
     * a 0 is never an O nor a 1 an l. By default the line read again in English.
     */
    default PageText digits(PageText.Box box) {
        return read(box, "eng");
    }

    /**
     * The same page with its lighting evened out ({@link ReadableImage#evened}), read whole again, and a reader of
     * its lines: a second attempt for when what the page gave cannot be trusted (a number failing its check digit
     * under a reflection). Costs a second reading of the page, so it is asked only then. By default none (a reader
     * of an already evened page, or of no image at all).
     */
    default Evened evened() {
        return null;
    }

    /** A page read again after its lighting was evened out, and a reader of that page's lines. */
    record Evened(PageText page, LineReader lines) {}

    /** Reads nothing: for tests of what the page alone gives. */
    LineReader NONE = (box, languages) -> new PageText(1, 1, 1, java.util.List.of(), 0);
}
