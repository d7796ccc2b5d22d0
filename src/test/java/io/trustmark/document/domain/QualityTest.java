package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality checks with their default thresholds, on generated phone photos of a card. */
class QualityTest {

    private static final ImageIntake INTAKE = new ImageIntake(IntakeLimits.defaults(), QualityThresholds.defaults());
    private static BufferedImage photo;

    @BeforeAll
    static void takePhoto() {
        photo = SyntheticPhotos.cardPhoto(1200, 800, "1 1017 00000 12 3", 7);
    }

    @Test
    void acceptsASharpWellLitPhotoAndAHalfLitOne() {
        assertEquals(
                1200,
                INTAKE.sanitize(SyntheticPhotos.jpeg(photo, 0.9f), DocumentKind.ID_CARD_FRONT)
                        .width());
        assertEquals(
                800,
                INTAKE.sanitize(SyntheticPhotos.png(SyntheticPhotos.exposed(photo, 0.5, 0)), DocumentKind.ID_CARD_FRONT)
                        .height());
        assertEquals(
                1200,
                INTAKE.sanitize(
                                SyntheticPhotos.jpeg(SyntheticPhotos.exposed(photo, 1, 60), 0.9f),
                                DocumentKind.ID_CARD_FRONT)
                        .width());
        // Slight softness, as from a phone that focused a little off, is still readable.
        assertEquals(
                1200,
                INTAKE.sanitize(
                                SyntheticPhotos.jpeg(SyntheticPhotos.blurred(photo, 1.2), 0.9f),
                                DocumentKind.ID_CARD_FRONT)
                        .width());
    }

    @Test
    void refusesABlurryPhoto() {
        assertRefused(Reason.BLURRY, SyntheticPhotos.jpeg(SyntheticPhotos.blurred(photo, 3.6), 0.9f));
        assertRefused(Reason.BLURRY, SyntheticPhotos.png(SyntheticPhotos.blurred(photo, 6)));
    }

    @Test
    void refusesADarkPhoto() {
        assertRefused(Reason.TOO_DARK, SyntheticPhotos.jpeg(SyntheticPhotos.exposed(photo, 0.25, 0), 0.9f));
    }

    @Test
    void refusesAWashedOutPhoto() {
        assertRefused(Reason.OVEREXPOSED, SyntheticPhotos.jpeg(SyntheticPhotos.exposed(photo, 0.4, 170), 0.9f));
    }

    @Test
    void minimumSizeDependsOnTheKind() {
        byte[] small = SyntheticPhotos.jpeg(SyntheticPhotos.cardPhoto(800, 520, "1 1017 00000 12 3", 3), 0.9f);
        assertEquals(800, INTAKE.sanitize(small, DocumentKind.ID_CARD_FRONT).width());
        assertEquals(800, INTAKE.sanitize(small, DocumentKind.PASSBOOK).width());

        DocumentRefusedException passport =
                assertThrows(DocumentRefusedException.class, () -> INTAKE.sanitize(small, DocumentKind.PASSPORT_PAGE));
        assertEquals(Reason.TOO_SMALL, passport.reason());
        assertEquals(List.of(900, 630), passport.messageArgs());
        DocumentRefusedException face = assertThrows(
                DocumentRefusedException.class,
                () -> INTAKE.inspect(
                        SyntheticPhotos.jpeg(SyntheticPhotos.cardPhoto(700, 460, "1", 3), 0.9f), DocumentKind.FACE));
        assertEquals(List.of(480, 480), face.messageArgs());
    }

    @Test
    void perceptualHashSurvivesRecompressionResizingAndPngButTellsCardsApart() {
        long original = INTAKE.sanitize(SyntheticPhotos.jpeg(photo, 0.9f), DocumentKind.ID_CARD_FRONT)
                .perceptualHash();
        long recompressed = INTAKE.sanitize(SyntheticPhotos.jpeg(photo, 0.6f), DocumentKind.ID_CARD_FRONT)
                .perceptualHash();
        long asPng = INTAKE.sanitize(SyntheticPhotos.png(photo), DocumentKind.ID_CARD_FRONT)
                .perceptualHash();
        BufferedImage smaller = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        var g = smaller.createGraphics();
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, 900, 600, null);
        g.dispose();
        long resized = INTAKE.sanitize(SyntheticPhotos.jpeg(smaller, 0.8f), DocumentKind.ID_CARD_FRONT)
                .perceptualHash();

        assertTrue(
                PhotoAnalysis.distance(original, recompressed) <= 3,
                "recompressed: " + PhotoAnalysis.distance(original, recompressed));
        assertTrue(PhotoAnalysis.distance(original, asPng) <= 3, "as PNG: " + PhotoAnalysis.distance(original, asPng));
        assertTrue(
                PhotoAnalysis.distance(original, resized) <= 3,
                "resized: " + PhotoAnalysis.distance(original, resized));
        // Twenty other cards of the same layout, framed alike: measured 4 to 18 bits away.
        for (long seed = 20; seed < 40; seed++) {
            long other = INTAKE.sanitize(
                            SyntheticPhotos.jpeg(SyntheticPhotos.cardPhoto(1200, 800, "3 1006 00445 63 5", seed), 0.9f),
                            DocumentKind.ID_CARD_FRONT)
                    .perceptualHash();
            assertTrue(
                    PhotoAnalysis.distance(original, other) > 3,
                    "another card, seed " + seed + ": " + PhotoAnalysis.distance(original, other));
        }
    }

    @Test
    void sameUploadGivesTheSameSha256() {
        byte[] jpeg = SyntheticPhotos.jpeg(photo, 0.9f);
        assertEquals(
                INTAKE.sanitize(jpeg, DocumentKind.ID_CARD_FRONT).sha256Hex(),
                INTAKE.sanitize(jpeg.clone(), DocumentKind.ID_CARD_FRONT).sha256Hex());
    }

    private static void assertRefused(Reason expected, byte[] bytes) {
        DocumentRefusedException refused =
                assertThrows(DocumentRefusedException.class, () -> INTAKE.sanitize(bytes, DocumentKind.ID_CARD_FRONT));
        assertEquals(expected, refused.reason(), refused.getMessage());
    }
}
