package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.document.domain.ImageHeader;
import io.trustmark.document.domain.ImageIntake;
import io.trustmark.document.domain.IntakeLimits;
import io.trustmark.document.domain.SanitizedImage;
import io.trustmark.platform.operations.OperationsMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The image intake with the limits from configuration. */
@ApplicationScoped
public class DocumentIntake {

    @Inject
    @ConfigProperty(name = "trustmark.document.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "trustmark.document.max-pixels", defaultValue = "40000000")
    long maxPixels;

    private ImageIntake intake;

    @PostConstruct
    void init() {
        var defaults = IntakeLimits.defaults();
        intake = new ImageIntake(new IntakeLimits(maxBytes, defaults.maxWidth(), defaults.maxHeight(), maxPixels,
                defaults.minWidth(), defaults.minHeight()));
    }

    @Inject
    OperationsMetrics metrics;

    /** The cheap checks (size, real type, header dimensions, completeness), for feedback on the page. */
    public ImageHeader inspect(byte[] bytes) {
        try {
            return intake.inspect(bytes);
        } catch (DocumentRefusedException e) {
            metrics.intakeRefused(e.reason());
            throw e;
        }
    }

    /** All checks, then a clean re-encoded copy without any metadata. */
    public SanitizedImage sanitize(byte[] bytes) {
        try {
            return intake.sanitize(bytes);
        } catch (DocumentRefusedException e) {
            metrics.intakeRefused(e.reason());
            throw e;
        }
    }

    /** Refuses an upload whose declared size is over the limit before a byte of it is read. */
    public void checkDeclaredSize(long declaredBytes) {
        if (declaredBytes > maxBytes) {
            metrics.intakeRefused(DocumentRefusedException.Reason.TOO_LARGE);
            throw new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, "declared " + declaredBytes);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }
}
