package io.trustmark.document.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.trustmark.platform.config.ConfigDefaults;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The evaluation's face aid runs with the application's defaults, read from the configuration file. */
class FaceAidDefaultsTest {

    @Test
    void theStandaloneAidHasTheFilesLimitsAndBands() {
        var file = ConfigDefaults.defaults();
        var aid = FaceAid.standalone(Path.of("target/no-models-here"));
        try {
            assertFalse(aid.available(), "no models in that folder");
            assertEquals(Integer.parseInt(file.getProperty("trustmark.face.workers")), aid.workers());
            assertEquals(Integer.parseInt(file.getProperty("trustmark.face.max-side")), aid.maxSide);
            assertEquals(Double.parseDouble(file.getProperty("trustmark.face.band.same-at")), aid.sameAt);
            assertEquals(
                    Double.parseDouble(file.getProperty("trustmark.face.band.different-below")), aid.differentBelow);
            var limits = aid.limits();
            assertEquals(Double.parseDouble(file.getProperty("trustmark.face.min-face-share")), limits.minFaceShare());
            assertEquals(Double.parseDouble(file.getProperty("trustmark.face.pose.max-yaw")), limits.maxYaw());
            assertEquals(Double.parseDouble(file.getProperty("trustmark.face.liveness.min")), limits.minLiveness());
            assertEquals("target/no-models-here", aid.modelsDir, "the folder given wins over the file's");
        } finally {
            aid.stop();
        }
    }
}
