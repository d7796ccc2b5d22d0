package io.trustmark.forum.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Tier;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30.123456Z");

    @Test
    void pointsInTimeComeAsEitherDriverGivesThem() {
        assertEquals(AT, Columns.instant(Timestamp.from(AT)), "PostgreSQL's driver");
        assertEquals(AT, Columns.instant(AT.atOffset(ZoneOffset.ofHours(7))), "H2's");
        assertEquals(AT, Columns.instant(AT));
        assertNull(Columns.instant(null), "no verification yet");
        assertThrows(IllegalArgumentException.class, () -> Columns.instant("2026-12-06"));
    }

    @Test
    void aThreadCountsItsOpeningPostWithTheReplies() {
        var view = new ThreadView(482L, "Selling my camera", "marketplace", "malee", AT, Tier.CITIZEN, 9);
        assertEquals(10, view.posts());
        assertEquals(new Marks(true, false), view.authorMarks());
        var plain = view.withoutMarks();
        assertEquals(Marks.NONE, plain.authorMarks());
        assertEquals(view.posts(), plain.posts());
    }
}
