package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.ImageIntake;
import io.trustmark.document.domain.IntakeLimits;
import io.trustmark.document.domain.QualityThresholds;
import io.trustmark.document.infrastructure.FaceEngine;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The ITs' face photos pass the intake's quality checks and show the faces they are meant to show. */
class FacePhotosTest {

    private static final ImageIntake INTAKE =
            new ImageIntake(IntakeLimits.defaults(), new QualityThresholds(60, 80, 160));

    @Test
    void the_selfie_the_two_faces_and_the_card_pass_the_intake_with_their_faces() throws Exception {
        assumeTrue(FacePhotos.fetched(), "face models not fetched: run config/face-models.sh");
        try (var engine = FaceEngine.load(Path.of("models/face"), 1)) {
            assertEquals(
                    1,
                    faces(
                            engine,
                            INTAKE.sanitize(FacePhotos.selfie(), DocumentKind.FACE)
                                    .jpeg()));
            assertEquals(
                    2,
                    faces(
                            engine,
                            INTAKE.sanitize(FacePhotos.twoFaces(), DocumentKind.FACE)
                                    .jpeg()));
            var card = FacePhotos.card("1101700000123", FacePhotos.frontal());
            assertEquals(
                    1,
                    faces(
                            engine,
                            INTAKE.sanitize(card, DocumentKind.ID_CARD_FRONT).jpeg()));
        }
    }

    private static int faces(FaceEngine engine, byte[] jpeg) throws Exception {
        return engine.detect(ImageIO.read(new ByteArrayInputStream(jpeg))).size();
    }
}
