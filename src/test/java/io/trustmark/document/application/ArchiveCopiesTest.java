package io.trustmark.document.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArchiveCopiesTest {

    @Test
    void theBandNamesTheMemberTheDateAndThatTheCopyIsForNothingElseInThaiAndEnglish() {
        var lines = ArchiveCopies.lines("somchai", LocalDate.of(2026, 12, 6));
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("somchai") && lines.get(0).contains("สำเนาสำหรับ"), lines.get(0));
        assertTrue(lines.get(0).contains("2569"), "the Thai line dates in the Buddhist era: " + lines.get(0));
        assertTrue(lines.get(1).startsWith("Copy for somchai"), lines.get(1));
        assertTrue(lines.get(1).contains("not valid for any other use"), lines.get(1));
        assertTrue(lines.get(1).contains("2026"), lines.get(1));
    }
}
