package io.trustmark.document.application;

import io.trustmark.document.domain.DecodeBudget;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.document.domain.ImageIntake;
import io.trustmark.document.domain.IntakeLimits;
import io.trustmark.document.domain.MinimumSize;
import io.trustmark.document.domain.QualityThresholds;
import io.trustmark.document.domain.SanitizedImage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The image intake with its limits and quality thresholds from configuration: the one door every
 * document image comes in by, whatever page or device it was sent from.
 */
@ApplicationScoped
public class DocumentIntake {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "trustmark.document.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "trustmark.document.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "trustmark.document.max-metadata-bytes", defaultValue = "4194304")
    long maxMetadataBytes;

    @Inject
    @ConfigProperty(name = "trustmark.document.quality.min-sharpness", defaultValue = "60")
    double minSharpness;

    @Inject
    @ConfigProperty(name = "trustmark.document.quality.min-brightest", defaultValue = "80")
    int minBrightest;

    @Inject
    @ConfigProperty(name = "trustmark.document.quality.max-darkest", defaultValue = "160")
    int maxDarkest;

    @Inject
    @ConfigProperty(name = "trustmark.document.decode.heap-percent", defaultValue = "40")
    int decodeHeapPercent;

    @Inject
    @ConfigProperty(name = "trustmark.document.decode.wait-millis", defaultValue = "15000")
    long decodeWaitMillis;

    @Inject
    @ConfigProperty(name = "trustmark.document.decode.retry-after-seconds", defaultValue = "5")
    int retryAfterSeconds;

    private ImageIntake intake;
    private DecodeBudget budget;

    @Inject
    FaceAid faceAid;

    @PostConstruct
    void init() {
        var defaults = IntakeLimits.defaults();
        Map<DocumentKind, MinimumSize> minima = new EnumMap<>(DocumentKind.class);
        for (var kind : DocumentKind.values()) {
            minima.put(
                    kind,
                    config.getOptionalValue("trustmark.document.min-size." + kind.configName(), String.class)
                            .map(MinimumSize::parse)
                            .orElse(IntakeLimits.defaultMinimum(kind)));
        }
        // One budget for the whole application (this bean is application-scoped): every page, phone and
        // route decodes from the same share of the heap, the face aid's small copies included.
        budget = DecodeBudget.ofHeap(decodeHeapPercent, Duration.ofMillis(decodeWaitMillis));
        intake = new ImageIntake(
                new IntakeLimits(
                        maxBytes, defaults.maxWidth(), defaults.maxHeight(), maxPixels, maxMetadataBytes, minima),
                new QualityThresholds(minSharpness, minBrightest, maxDarkest),
                budget);
    }

    @Inject
    Event<UploadRefused> refused;

    /** All checks, quality included, then a clean upright copy without any metadata, with its hashes. */
    public SanitizedImage sanitize(byte[] bytes, DocumentKind kind) {
        try {
            SanitizedImage clean = intake.sanitize(bytes, kind);
            if (kind == DocumentKind.FACE) {
                // The face photo's own refusals (one face, frontal, eyes, not a screen), as instant as the others.
                faceAid.screen(clean, budget);
            }
            return clean;
        } catch (DocumentRefusedException e) {
            refused.fire(new UploadRefused(e.reason()));
            throw e;
        }
    }

    /**
     * Reads an upload, refusing it before a byte is read when its declared size is over the limit, and reading at
     * most one byte more than the limit whatever it declared (so the intake sees it is too large).
     */
    public byte[] read(long declaredBytes, InputStream in) {
        checkDeclaredSize(declaredBytes);
        try (in) {
            return in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments of a refusal's message; the size limit is shown in megabytes, the unit people know photos by. */
    public Object[] messageArgs(DocumentRefusedException refusal) {
        return refusal.reason() == DocumentRefusedException.Reason.TOO_LARGE
                ? new Object[] {maxBytes / (1024 * 1024)}
                : refusal.messageArgs().toArray();
    }

    /** Refuses an upload whose declared size is over the limit before a byte of it is read. */
    private void checkDeclaredSize(long declaredBytes) {
        if (declaredBytes > maxBytes) {
            refused.fire(new UploadRefused(DocumentRefusedException.Reason.TOO_LARGE));
            throw new DocumentRefusedException(DocumentRefusedException.Reason.TOO_LARGE, "declared " + declaredBytes);
        }
    }

    /** Seconds a client told "busy" (HTTP 503) should wait before sending again (its Retry-After). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /**
     * The decode budget every upload shares; the face aid's comparisons decode under it too, and tests hold it
     * to make "busy" happen at a known moment.
     */
    public DecodeBudget decodeBudget() {
        return budget;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
