package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.EnumMap;
import java.util.Map;

/**
 * Uploads are anything at all: whatever the bytes, the intake refuses with a {@link DocumentRefusedException}
 * or returns a clean JPEG, and never throws anything else, hangs or runs out of memory. Without JAZZER_FUZZ
 * this replays the kept inputs in {@code ImageIntakeFuzzTestInputs/<method>/} (docs/architecture.md, Tests).
 */
class ImageIntakeFuzzTest {

    // Small minima and maxima, so that the fuzzer's small inputs reach the decoder and each run is quick;
    // quality never refuses, so that inputs which decode reach the rewriting.
    private static final ImageIntake INTAKE = new ImageIntake(smallLimits(), new QualityThresholds(0, 0, 255));

    @FuzzTest(maxDuration = "5m")
    void jpegStructure(byte[] bytes) {
        JpegStructure structure;
        try {
            structure = JpegStructure.parse(bytes);
        } catch (DocumentRefusedException e) {
            assertNotNull(e.reason());
            return;
        }
        assertTrue(structure.metadataBytes() >= 0 && structure.metadataBytes() <= bytes.length);
        int orientation = structure.orientation();
        assertTrue(orientation >= 1 && orientation <= 8, () -> "orientation " + orientation);
        structure.rewritableLosslessly();
        // What is kept of a JPEG is itself a JPEG without metadata, and keeping it again changes nothing.
        byte[] kept = structure.withoutMetadata();
        JpegStructure again = JpegStructure.parse(kept);
        assertEquals(0, again.metadataBytes());
        assertArrayEquals(kept, again.withoutMetadata());
    }

    @FuzzTest(maxDuration = "5m")
    void sanitize(byte[] bytes) {
        SanitizedImage image;
        try {
            image = INTAKE.sanitize(bytes, DocumentKind.FACE);
        } catch (DocumentRefusedException e) {
            assertNotNull(e.reason());
            return;
        }
        // The stored copy is accepted again as it is: a clean JPEG of the size reported.
        ImageHeader header = INTAKE.inspect(image.jpeg(), DocumentKind.FACE);
        assertEquals("JPEG", header.format());
        assertEquals(image.width(), header.width());
        assertEquals(image.height(), header.height());
        JpegStructure.verifyClean(image.jpeg());
    }

    private static IntakeLimits smallLimits() {
        Map<DocumentKind, MinimumSize> minima = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            minima.put(kind, new MinimumSize(4, 4));
        }
        return new IntakeLimits(256 * 1024, 1024, 1024, 512 * 512, 64 * 1024, minima);
    }
}
