package io.trustmark.document.application;

import ai.onnxruntime.OrtException;
import io.trustmark.document.domain.DecodeBudget;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.document.domain.DocumentRefusedException.Reason;
import io.trustmark.document.domain.FaceBand;
import io.trustmark.document.domain.FaceLimits;
import io.trustmark.document.domain.SanitizedImage;
import io.trustmark.document.domain.SubsampledDecode;
import io.trustmark.document.infrastructure.FaceEngine;
import io.trustmark.platform.config.ConfigDefaults;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The face aid on this server (ONNX models from {@code config/face-models.sh}, no image leaves it): the instant
 * checks of a face photo at upload ({@link #screen}), and the comparison of the photo with the card's portrait for
 * the reviewer ({@link #compare}). Without the models ({@link #available()} false) uploads are taken as before and
 * the pages say the aid is not available.
 *
 * <p>At most {@code trustmark.face.workers} photos are in the models at once, each decoded at most
 * {@code trustmark.face.max-side} pixels on its longer side under the intake's decode budget: a burst of uploads
 * waits briefly and is then told "busy", as the intake does, rather than piling decoded images on the heap.
 */
@ApplicationScoped
public class FaceAid {

    private static final Logger LOG = Logger.getLogger(FaceAid.class.getName());

    @Inject
    @ConfigProperty(name = "trustmark.face.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "trustmark.face.models-dir", defaultValue = "models/face")
    String modelsDir;

    @Inject
    @ConfigProperty(name = "trustmark.face.workers", defaultValue = "1")
    int workers;

    @Inject
    @ConfigProperty(name = "trustmark.face.max-side", defaultValue = "800")
    int maxSide;

    @Inject
    @ConfigProperty(name = "trustmark.face.min-face-share", defaultValue = "0.15")
    double minFaceShare;

    @Inject
    @ConfigProperty(name = "trustmark.face.pose.max-yaw", defaultValue = "25")
    double maxYaw;

    @Inject
    @ConfigProperty(name = "trustmark.face.pose.max-pitch", defaultValue = "25")
    double maxPitch;

    @Inject
    @ConfigProperty(name = "trustmark.face.pose.max-roll", defaultValue = "25")
    double maxRoll;

    @Inject
    @ConfigProperty(name = "trustmark.face.eyes.max-closed", defaultValue = "0.95")
    double maxEyesClosed;

    @Inject
    @ConfigProperty(name = "trustmark.face.liveness.min", defaultValue = "0.01")
    double minLiveness;

    @Inject
    @ConfigProperty(name = "trustmark.face.band.same-at", defaultValue = "0.55")
    double sameAt;

    @Inject
    @ConfigProperty(name = "trustmark.face.band.different-below", defaultValue = "0.25")
    double differentBelow;

    private FaceEngine engine;
    private Semaphore running;
    private FaceLimits limits;

    @PostConstruct
    void init() {
        running = new Semaphore(Math.max(1, workers));
        limits = new FaceLimits(minFaceShare, maxYaw, maxPitch, maxRoll, maxEyesClosed, minLiveness);
        Path dir = Path.of(modelsDir);
        if (enabled && FaceEngine.present(dir)) {
            try {
                engine = FaceEngine.load(dir, 1);
            } catch (OrtException | RuntimeException | UnsatisfiedLinkError e) {
                LOG.log(Level.WARNING, "Face aid not available: the models in " + dir + " did not load", e);
            }
        }
        LOG.info(
                engine != null
                        ? "Face aid available (models in " + dir.toAbsolutePath() + ")"
                        : "Face aid not available (trustmark.face.enabled=" + enabled + ", models-dir "
                                + dir.toAbsolutePath() + "; config/face-models.sh fetches them)");
    }

    /**
     * A face aid with the configuration defaults outside the container, for the evaluation (bench/face-eval.sh): the
     * defaults are read from the configuration file, where they are written once.
     */
    public static FaceAid standalone(Path modelsDir) {
        FaceAid aid = ConfigDefaults.fill(
                new FaceAid(),
                Map.of("trustmark.face.enabled", "true", "trustmark.face.models-dir", modelsDir.toString()));
        aid.init();
        return aid;
    }

    /** Releases the models. */
    @PreDestroy
    public void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    /** Whether the models are loaded here; what the photo step, the review page and health ask. */
    public boolean available() {
        return engine != null;
    }

    /** How many photos may be in the models at once. */
    public int workers() {
        return Math.max(1, workers);
    }

    public FaceLimits limits() {
        return limits;
    }

    /**
     * The upload's own checks of a face photo: one face, large enough, frontal, eyes open, not a screen. Runs on the
     * clean copy the intake just made, decoded small, so it answers in well under a second.
     *
     * @throws DocumentRefusedException with a FACE_ reason the member can act on, or BUSY
     */
    public void screen(SanitizedImage image, DecodeBudget budget) {
        if (engine == null) {
            return;
        }
        long started = System.nanoTime();
        FaceLimits.Findings findings = withDecoded(image.jpeg(), budget, this::measure);
        var refusal = limits.refusal(findings);
        LOG.fine(() -> "face screen in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + refusal);
        refusal.ifPresent(reason -> {
            throw new DocumentRefusedException(reason, "face screen: " + reason);
        });
    }

    /** What the models see on {@code picture}; public for the evaluation, which applies the same limits. */
    public FaceLimits.Findings measure(BufferedImage picture) {
        try {
            List<FaceEngine.Box> faces = engine.detect(picture);
            float[] widths = new float[faces.size()];
            faces.sort((a, b) -> Float.compare(b.width(), a.width()));
            for (int i = 0; i < widths.length; i++) {
                widths[i] = faces.get(i).width();
            }
            int shorter = Math.min(picture.getWidth(), picture.getHeight());
            if (faces.isEmpty()) {
                return new FaceLimits.Findings(widths, shorter, 0, 0, 0, new double[] {0, 0}, 1);
            }
            FaceEngine.Box face = faces.get(0);
            FaceEngine.Pose pose = engine.pose(picture, face);
            double[] eyes = engine.eyes(picture, engine.landmarks(picture, face));
            double live = engine.liveness(picture, face)[0];
            return new FaceLimits.Findings(widths, shorter, pose.yaw(), pose.pitch(), pose.roll(), eyes, live);
        } catch (OrtException e) {
            throw new IllegalStateException("face models failed", e);
        }
    }

    /** The selfie against the card's portrait: what the reviewer is shown, or {@code null} when not available. */
    public Comparison compare(byte[] selfieJpeg, byte[] cardJpeg, DecodeBudget budget) {
        if (engine == null) {
            return null;
        }
        long started = System.nanoTime();
        Side selfie = withDecoded(selfieJpeg, budget, this::side);
        Side card = withDecoded(cardJpeg, budget, this::side);
        if (selfie == null || card == null) {
            return new Comparison(
                    FaceBand.NOT_COMPARED,
                    0,
                    selfie == null ? 0 : selfie.liveness(),
                    selfie == null ? null : selfie.crop(),
                    card == null ? null : card.crop(),
                    elapsed(started));
        }
        double similarity = FaceEngine.similarity(selfie.embedding(), card.embedding());
        return new Comparison(
                FaceBand.of(similarity, sameAt, differentBelow),
                similarity,
                selfie.liveness(),
                selfie.crop(),
                card.crop(),
                elapsed(started));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * The outcome of a comparison.
     *
     * @param similarity cosine similarity of the two embeddings, -1 to 1
     * @param liveness   the selfie's live score, 0-1
     * @param selfieCrop JPEG of the face on the selfie, or null when none was found
     * @param cardCrop   JPEG of the portrait on the card, or null when none was found
     * @param millis     time the comparison took
     */
    public record Comparison(
            FaceBand band, double similarity, double liveness, byte[] selfieCrop, byte[] cardCrop, long millis) {}

    /** The largest face of a picture: its embedding, live score and a crop of it with a margin. */
    public record Side(float[] embedding, double liveness, byte[] crop) {}

    /** The largest face on {@code picture}, or null when there is none; public for the evaluation. */
    public Side side(BufferedImage picture) {
        try {
            List<FaceEngine.Box> faces = engine.detect(picture);
            if (faces.isEmpty()) {
                return null;
            }
            FaceEngine.Box face = faces.stream()
                    .max((a, b) -> Float.compare(a.width(), b.width()))
                    .orElseThrow();
            float[] marks = engine.landmarks(picture, face);
            float[] embedding = engine.embedding(picture, marks);
            double live = engine.liveness(picture, face)[0];
            return new Side(embedding, live, crop(picture, face));
        } catch (OrtException e) {
            throw new IllegalStateException("face models failed", e);
        }
    }

    /** The face with a fifth of its size around it, at most 240 pixels square: what the reviewer compares. */
    private static byte[] crop(BufferedImage picture, FaceEngine.Box face) {
        int margin = (int) (face.width() / 5);
        int x = Math.max(0, (int) face.x1() - margin);
        int y = Math.max(0, (int) face.y1() - margin);
        int w = Math.min(picture.getWidth() - x, (int) face.width() + 2 * margin);
        int h = Math.min(picture.getHeight() - y, (int) face.height() + 2 * margin);
        double f = Math.min(1, 240.0 / Math.max(w, h));
        BufferedImage out =
                FaceEngine.resized(picture, x, y, w, h, Math.max(1, (int) (w * f)), Math.max(1, (int) (h * f)));
        try {
            var bytes = new ByteArrayOutputStream();
            ImageIO.write(out, "jpg", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Work<T> {
        T on(BufferedImage picture);
    }

    /**
     * Runs {@code work} on {@code jpeg} decoded at most {@code max-side} pixels long, holding one worker and the
     * decode budget for the pixels; BUSY when no worker frees up within the budget's wait.
     */
    private <T> T withDecoded(byte[] jpeg, DecodeBudget budget, Work<T> work) {
        boolean got;
        try {
            got = running.tryAcquire(budget.waitTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            throw new DocumentRefusedException(Reason.BUSY, "face workers busy");
        }
        // The subsampled decode (under twice max-side square, 3 bytes a pixel), the scaled copy, the models' tensors.
        long bytes = (long) maxSide * maxSide * 16 + 8L * 1024 * 1024;
        try (DecodeBudget.Permit permit = budget.reserve(bytes)) {
            return work.on(decode(jpeg, maxSide));
        } finally {
            running.release();
        }
    }

    /** {@code jpeg} decoded with subsampling, then scaled so its longer side is at most {@code maxSide}. */
    public static BufferedImage decode(byte[] jpeg, int maxSide) {
        try {
            var decoded = SubsampledDecode.of(jpeg, maxSide * 2).image();
            double f = Math.min(1.0, (double) maxSide / Math.max(decoded.getWidth(), decoded.getHeight()));
            int w = Math.max(1, (int) Math.round(decoded.getWidth() * f));
            int h = Math.max(1, (int) Math.round(decoded.getHeight() * f));
            return FaceEngine.resized(decoded, 0, 0, decoded.getWidth(), decoded.getHeight(), w, h);
        } catch (IOException e) {
            throw new DocumentRefusedException(Reason.DAMAGED, "face decode", e);
        }
    }
}
