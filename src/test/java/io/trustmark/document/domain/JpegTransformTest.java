package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block-wise turn gives the same pixels as decoding, turning and looking (within the rounding of two inverse
 * DCTs), for every EXIF orientation, with and without a partial MCU to trim; its grey copy matches
 * the turned picture; what it does not handle, or a truncated stream, answers null.
 */
class JpegTransformTest {

    private static final int STEP = 4;

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void turnsLikeTheDecodedPixels(int orientation) throws IOException {
        // 4:2:0, whole MCUs: nothing is trimmed.
        boolean transpose = orientation >= 5;
        assertTurnsLikePixels(
                SyntheticPhotos.cardPhoto(800, 480, "1 1017 00000 12 3", 7),
                orientation,
                transpose ? 480 : 800,
                transpose ? 800 : 480);
    }

    @ParameterizedTest(name = "orientation {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void dropsAPartialMcuThatWouldEndUpOnTheTopOrLeft(int orientation) throws IOException {
        // 1000 x 630: 630 is no multiple of 16; what a flip brings to the top or left is trimmed, like jpegtran -trim.
        var photo = SyntheticPhotos.cardPhoto(1000, 630, "1 1017 00000 12 3", 8);
        boolean transpose = orientation >= 5;
        boolean flipX = orientation == 2 || orientation == 3 || orientation == 6 || orientation == 7;
        boolean flipY = orientation == 3 || orientation == 4 || orientation == 7 || orientation == 8;
        int width = transpose ? 630 : 1000;
        int height = transpose ? 1000 : 630;
        assertTurnsLikePixels(
                photo, orientation, flipX ? width - width % 16 : width, flipY ? height - height % 16 : height);
    }

    @ParameterizedTest(name = "step {0}")
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void theGreyCopyHoldsForEveryStep(int step) throws IOException {
        // Steps that divide 8 are summed as the blocks are read, the others where the grid crosses each block.
        assertTurnsLikePixels(SyntheticPhotos.cardPhoto(800, 480, "1 1017 00000 12 3", 7), 6, 480, 800, step);
    }

    @Test
    void theFrameHeaderTellsTheCoefficientMemoryOfATurn() throws IOException {
        // What the decode budget reserves for a turn: ImageIO writes colour as 4:2:0 (1.5 samples a pixel).
        var colour = SyntheticPhotos.jpeg(SyntheticPhotos.cardPhoto(640, 480, "1", 3), 0.9f);
        assertEquals(1.5, JpegStructure.parse(colour).samplesPerPixel());
        var grey = new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY);
        assertEquals(1.0, JpegStructure.parse(SyntheticPhotos.jpeg(grey, 0.9f)).samplesPerPixel());
    }

    @Test
    void leavesGreyPhotosToTheDecoder() throws IOException {
        var grey = new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(SyntheticPhotos.cardPhoto(640, 480, "1 1017 00000 12 3", 9), 0, 0, null);
        assertNull(JpegTransform.upright(clean(SyntheticPhotos.jpeg(grey, 0.9f)), 6, STEP));
    }

    @Test
    void leavesProgressiveJpegsToTheDecoder() throws IOException {
        var photo = SyntheticPhotos.cardPhoto(640, 480, "1 1017 00000 12 3", 10);
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        var out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(photo, null, null), param);
        }
        writer.dispose();
        assertNull(JpegTransform.upright(clean(out.toByteArray()), 6, STEP));
    }

    @Test
    void answersNullForCodedDataThatEndsEarly() throws IOException {
        byte[] jpeg = clean(SyntheticPhotos.jpeg(SyntheticPhotos.cardPhoto(800, 480, "1", 11), 0.9f));
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2 + 2);
        truncated[truncated.length - 2] = (byte) 0xFF;
        truncated[truncated.length - 1] = (byte) 0xD9;
        if (truncated[truncated.length - 3] == (byte) 0xFF) {
            truncated[truncated.length - 3] = 0;
        }
        assertNull(JpegTransform.upright(truncated, 6, STEP));
    }

    private static void assertTurnsLikePixels(BufferedImage photo, int orientation, int width, int height)
            throws IOException {
        assertTurnsLikePixels(photo, orientation, width, height, STEP);
    }

    private static void assertTurnsLikePixels(BufferedImage photo, int orientation, int width, int height, int step)
            throws IOException {
        byte[] jpeg = clean(SyntheticPhotos.jpeg(photo, 0.9f));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg));
        BufferedImage expected = turn(decoded, orientation);

        var result = JpegTransform.upright(jpeg, orientation, step);

        assertNotNull(result, "handled");
        assertEquals(width, result.width());
        assertEquals(height, result.height());
        JpegStructure.verifyClean(result.jpeg());
        BufferedImage turned = ImageIO.read(new ByteArrayInputStream(result.jpeg()));
        assertEquals(width, turned.getWidth());
        assertEquals(height, turned.getHeight());
        // The trimmed strip is what the flip brought to the top or left of the fully turned picture.
        assertEquals(
                0,
                meanDifference(turned, expected, expected.getWidth() - width, expected.getHeight() - height),
                2.5,
                "pixels as decoded and turned");
        // The grey copy: the brightness of the turned image at every step-th pixel.
        assertEquals((width + step - 1) / step, result.greyWidth());
        assertEquals((height + step - 1) / step, result.greyHeight());
        double greyDifference = 0;
        for (int y = 0; y < result.greyHeight(); y++) {
            for (int x = 0; x < result.greyWidth(); x++) {
                int rgb = turned.getRGB(x * step, y * step);
                int luma = (299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                greyDifference += Math.abs(luma - result.grey()[y * result.greyWidth() + x]);
            }
        }
        assertEquals(0, greyDifference / result.grey().length, 2.0, "grey copy as the turned pixels");
        var analysed = PhotoAnalysis.of(result.grey(), result.greyWidth(), result.greyHeight());
        var reference = PhotoAnalysis.of(turned, step);
        assertEquals(reference.sharpness(), analysed.sharpness(), reference.sharpness() * 0.1, "sharpness");
        assertEquals(reference.brightest(), analysed.brightest(), 3, "brightest");
        assertEquals(reference.darkest(), analysed.darkest(), 3, "darkest");
        assertTrue(Long.bitCount(analysed.dHash() ^ reference.dHash()) <= 3, "same picture to the hash");
    }

    /** Mean absolute difference per channel of {@code a} and {@code b} offset by ({@code dx}, {@code dy}). */
    private static double meanDifference(BufferedImage a, BufferedImage b, int dx, int dy) {
        long sum = 0;
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x + dx, y + dy);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                    n++;
                }
            }
        }
        return (double) sum / n;
    }

    /** The decoded pixels turned per the orientation, as the intake's pixel path does it. */
    private static BufferedImage turn(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        boolean swap = orientation >= 5;
        var target = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toRgb(source), target);
        return target;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        // Pixel by pixel, as getRGB reads the turned result (drawing would convert grey's colour space differently).
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(
                0,
                0,
                image.getWidth(),
                image.getHeight(),
                image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()),
                0,
                image.getWidth());
        return rgb;
    }

    private static byte[] clean(byte[] jpeg) {
        return JpegStructure.parse(jpeg).withoutMetadata();
    }
}
