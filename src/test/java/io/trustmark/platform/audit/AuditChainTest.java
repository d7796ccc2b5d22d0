package io.trustmark.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30.123456Z");

    private static String hash(String previous, String detail) {
        return AuditChain.hash(previous, 7, 350L, AT, 51L, "DOCUMENT_VIEWED", "DOCUMENT", 400L, detail);
    }

    @Test
    void theSameRowAfterTheSamePreviousHashGivesTheSameHash() {
        assertEquals(hash(AuditChain.GENESIS, "x"), hash(AuditChain.GENESIS, "x"));
        assertEquals(64, hash(AuditChain.GENESIS, "x").length());
    }

    @Test
    void changingAFieldOrThePreviousHashChangesTheHash() {
        var original = hash(AuditChain.GENESIS, "x");
        assertNotEquals(original, hash(AuditChain.GENESIS, "y"));
        assertNotEquals(original, hash("1".repeat(64), "x"));
        assertNotEquals(
                original,
                AuditChain.hash(AuditChain.GENESIS, 8, 350L, AT, 51L, "DOCUMENT_VIEWED", "DOCUMENT", 400L, "x"));
        assertNotEquals(
                original,
                AuditChain.hash(
                        AuditChain.GENESIS,
                        7,
                        350L,
                        AT.plusNanos(1000),
                        51L,
                        "DOCUMENT_VIEWED",
                        "DOCUMENT",
                        400L,
                        "x"));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "AB"+"C" and "A"+"BC" must differ: every field carries its length.
        assertNotEquals(
                AuditChain.hash(AuditChain.GENESIS, 1, 1L, AT, null, "AB", "C", 1L, null),
                AuditChain.hash(AuditChain.GENESIS, 1, 1L, AT, null, "A", "BC", 1L, null));
        // A missing detail is not the word "null".
        assertNotEquals(
                AuditChain.hash(AuditChain.GENESIS, 1, 1L, AT, null, "A", "B", 1L, null),
                AuditChain.hash(AuditChain.GENESIS, 1, 1L, AT, null, "A", "B", 1L, "null"));
    }

    @Test
    void aRowIsChainedOnce() {
        var event = new AuditEvent(AT, 1L, "A", "B", 2L, null);
        event.chain(1, AuditChain.GENESIS);
        assertEquals(AuditChain.hash(event, AuditChain.GENESIS, 1), event.getRowHash());
        assertThrows(IllegalStateException.class, () -> event.chain(2, event.getRowHash()));
    }
}
