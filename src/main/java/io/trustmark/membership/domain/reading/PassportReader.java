package io.trustmark.membership.domain.reading;

import io.trustmark.document.domain.PageText;
import io.trustmark.identity.domain.MrzException;
import io.trustmark.identity.domain.MrzTd3;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine-readable zone of a passport's photo page, from what the reader saw: two consecutive lines of the
 * zone's alphabet, parsed and checked by {@link MrzTd3}. A zone whose check digits fail is not used at all: a
 * misread letter in the number must never become a number offered to the member or trusted by a check.
 */
public final class PassportReader {

    private PassportReader() {}

    /** The zone, when two lines were read whose every check digit passes. */
    public static Optional<MrzTd3> read(PageText page, LocalDate today) {
        var lines = page.lines().stream().map(l -> zoneLine(l.text())).toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            var upper = lines.get(i);
            var lower = lines.get(i + 1);
            if (upper.length() < 30 || lower.length() < 30 || upper.charAt(0) != 'P') {
                continue;
            }
            try {
                var zone = MrzTd3.parse(fit(upper), fit(lower), today);
                if (zone.allChecksPass()) {
                    return Optional.of(zone);
                }
            } catch (MrzException | IllegalArgumentException e) {
                // Not a zone, or not read well enough: try the next pair.
            }
        }
        return Optional.empty();
    }

    /** A read line in the zone's alphabet: spaces dropped, lower case raised, look-alikes of '<' made '<'. */
    static String zoneLine(String read) {
        var s = read.toUpperCase(Locale.ROOT).replace(" ", "").replace('«', '<').replace('‹', '<');
        return s.chars().allMatch(c -> c == '<' || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? s : "";
    }

    /** 44 characters: a line read a character short is padded with filler, one read long is cut. */
    private static String fit(String line) {
        return line.length() >= 44 ? line.substring(0, 44) : line + "<".repeat(44 - line.length());
    }
}
