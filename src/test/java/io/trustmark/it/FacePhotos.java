package io.trustmark.it;

import io.trustmark.document.domain.SyntheticPhotos;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Real faces for the ITs, cut from the sample photos that {@code config/face-models.sh} fetches (not in git). When
 * they are there the deployments load the models too (failsafe points TRUSTMARK_FACE_MODELS_DIR at them), so a
 * Trusted request must send a photo with one real face.
 */
public final class FacePhotos {

    private static final Path SAMPLES = Path.of("models/face/samples");

    private FacePhotos() {}

    /** Whether the sample photos (and so the models) were fetched. */
    public static boolean fetched() {
        return Files.isRegularFile(SAMPLES.resolve("sample3.jpg"));
    }

    /** The woman in the middle of sample 3, looking at the camera (sample coordinates at 800 px wide). */
    public static BufferedImage frontal() {
        return region(3, 380, 30, 230, 260);
    }

    /** The woman on the left of sample 3: another person. */
    public static BufferedImage other() {
        return region(3, 190, 90, 200, 220);
    }

    /** A selfie-sized JPEG of {@link #frontal()}. */
    public static byte[] selfie() {
        return SyntheticPhotos.encode(sharpened(frontal()), "jpg");
    }

    /** What a phone's camera does to every photo: the sample is soft at this size for the intake's blur check. */
    static BufferedImage sharpened(BufferedImage image) {
        var rgb = scaled(image, image.getWidth(), image.getHeight());
        float[] kernel = {0, -1, 0, -1, 5, -1, 0, -1, 0};
        return new java.awt.image.ConvolveOp(
                        new java.awt.image.Kernel(3, 3, kernel), java.awt.image.ConvolveOp.EDGE_NO_OP, null)
                .filter(rgb, null);
    }

    /**
     * {@code face} on a busy background (a patterned wall): the sample photos are soft at this size, and the
     * intake's blur check looks at the whole picture.
     */
    private static BufferedImage framed(BufferedImage face, int w, int h) {
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        pattern(g, w, h);
        g.drawImage(face, (w - face.getWidth()) / 2, (h - face.getHeight()) / 2, null);
        g.dispose();
        return out;
    }

    private static void pattern(java.awt.Graphics2D g, int w, int h) {
        g.setColor(new Color(0xD8DCE0));
        g.fillRect(0, 0, w, h);
        var random = new java.util.Random(7);
        for (int i = 0; i < 6000; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int x = random.nextInt(w);
            int y = random.nextInt(h);
            g.drawLine(x, y, x + random.nextInt(7) - 3, y + random.nextInt(7) - 3);
        }
    }

    /** Two faces side by side: what a member sends when a friend is in the picture. */
    public static byte[] twoFaces() {
        var a = sharpened(scaled(frontal(), 460, 520));
        var b = sharpened(scaled(other(), 460, 520));
        var both = new BufferedImage(1000, 640, BufferedImage.TYPE_INT_RGB);
        var g = both.createGraphics();
        pattern(g, 1000, 640);
        g.drawImage(a, 30, 60, null);
        g.drawImage(b, 510, 60, null);
        g.dispose();
        return SyntheticPhotos.encode(both, "jpg");
    }

    /** {@link TestData#cardJpeg} with {@code face} printed small and grey where the card's portrait is. */
    public static byte[] card(String number, BufferedImage face) {
        var image = new BufferedImage(1000, 630, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        pattern(g, 1000, 630);
        g.setColor(new Color(0xE8F0F8));
        g.fillRect(30, 30, 940, 570);
        g.setColor(new Color(0x1B4F8A));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("Thai National ID Card", 40, 80);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 48));
        g.drawString(number, 40, 200);
        var grey = new BufferedImage(220, 280, BufferedImage.TYPE_BYTE_GRAY);
        var gg = grey.createGraphics();
        gg.drawImage(face, 0, 0, 220, 280, null);
        gg.dispose();
        g.drawImage(grey, 720, 260, null);
        g.dispose();
        return SyntheticPhotos.encode(image, "jpg");
    }

    private static BufferedImage region(int sample, int x, int y, int w, int h) {
        try {
            BufferedImage full =
                    ImageIO.read(SAMPLES.resolve("sample" + sample + ".jpg").toFile());
            double f = full.getWidth() / 800.0;
            return full.getSubimage((int) (x * f), (int) (y * f), (int) (w * f), (int) (h * f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage scaled(BufferedImage image, int w, int h) {
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
