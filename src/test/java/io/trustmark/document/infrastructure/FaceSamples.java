package io.trustmark.document.infrastructure;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The models and sample photos fetched by {@code config/face-models.sh} into {@code models/face} (not in git: the
 * photos' own terms are not stated). Tests that need them are skipped, saying why, when they are absent; CI fetches.
 */
public final class FaceSamples {

    public static final Path DIR = Path.of(System.getProperty("trustmark.face.models-dir", "models/face"));

    private FaceSamples() {}

    /** Skips the calling test, with the reason, when the models were not fetched. */
    public static void assumeFetched() {
        assumeTrue(
                FaceEngine.present(DIR) && Files.isDirectory(DIR.resolve("samples")),
                "face models not fetched into " + DIR.toAbsolutePath() + ": run config/face-models.sh");
    }

    /** Sample photo {@code n} (1-6) of @vladmandic/face-api, scaled to at most {@code side} pixels. */
    public static BufferedImage sample(int n, int side) {
        try {
            BufferedImage full =
                    ImageIO.read(DIR.resolve("samples/sample" + n + ".jpg").toFile());
            double f = Math.min(1, (double) side / Math.max(full.getWidth(), full.getHeight()));
            int w = (int) Math.round(full.getWidth() * f);
            int h = (int) Math.round(full.getHeight() * f);
            return FaceEngine.resized(full, 0, 0, full.getWidth(), full.getHeight(), w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two pictures side by side on one canvas. */
    public static BufferedImage sideBySide(BufferedImage a, BufferedImage b) {
        BufferedImage out = new BufferedImage(
                a.getWidth() + b.getWidth(), Math.max(a.getHeight(), b.getHeight()), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.drawImage(a, 0, 0, null);
        g.drawImage(b, a.getWidth(), 0, null);
        g.dispose();
        return out;
    }

    /** The region of {@code image}, as a copy. */
    public static BufferedImage crop(BufferedImage image, int x, int y, int w, int h) {
        return FaceEngine.resized(image, x, y, w, h, w, h);
    }
}
