package io.trustmark.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The defaults outside the container come from the configuration file (the code's own: ArchitectureTest). */
class ConfigDefaultsTest {

    static class Bean {
        @ConfigProperty(name = "trustmark.face.max-side")
        int maxSide;

        @ConfigProperty(name = "trustmark.face.min-face-share")
        double minFaceShare;

        @ConfigProperty(name = "trustmark.document.retention.interval-seconds")
        long interval;

        @ConfigProperty(name = "trustmark.face.enabled")
        boolean enabled;

        @ConfigProperty(name = "trustmark.face.models-dir")
        String modelsDir;

        int notConfigured = 7;
    }

    static class Unknown {
        @ConfigProperty(name = "trustmark.no-such-key")
        int value;
    }

    @Test
    void everyConfiguredFieldGetsTheFilesDefaultUnlessOverridden() {
        var file = ConfigDefaults.defaults();
        var bean = ConfigDefaults.fill(new Bean(), Map.of("trustmark.face.models-dir", "/tmp/models"));

        assertEquals(Integer.parseInt(file.getProperty("trustmark.face.max-side")), bean.maxSide);
        assertEquals(Double.parseDouble(file.getProperty("trustmark.face.min-face-share")), bean.minFaceShare);
        assertEquals(Long.parseLong(file.getProperty("trustmark.document.retention.interval-seconds")), bean.interval);
        assertEquals(Boolean.parseBoolean(file.getProperty("trustmark.face.enabled")), bean.enabled);
        assertEquals("/tmp/models", bean.modelsDir, "an override wins");
        assertEquals(7, bean.notConfigured, "fields without a key are left alone");
    }

    @Test
    void aKeyTheFileDoesNotHoldIsAnErrorNotAZero() {
        var e = assertThrows(IllegalStateException.class, () -> ConfigDefaults.fill(new Unknown(), Map.of()));
        assertTrue(e.getMessage().contains("trustmark.no-such-key"), e.getMessage());
    }
}
