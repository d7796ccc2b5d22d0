package io.trustmark.document.domain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photos of a card as a phone takes them, generated: a card with a number, name lines, a portrait and
 * a guilloche pattern, lying a little askew on a grained table under uneven light, with sensor noise.
 * The quality thresholds are tuned on these and their blurred, dark and washed-out variants; tests and
 * the benchmark use them as ordinary uploads. Each seed gives a different card and scene.
 */
public final class SyntheticPhotos {

    private SyntheticPhotos() {}

    /** A {@code width} x {@code height} photo of a card showing {@code number}. */
    public static BufferedImage cardPhoto(int width, int height, String number, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        // The table: wood-like grain in a colour that changes with the seed.
        Color table = new Color(90 + random.nextInt(60), 60 + random.nextInt(40), 30 + random.nextInt(40));
        g.setColor(table);
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < height / 3; i++) {
            g.setColor(random.nextBoolean() ? table.darker() : table.brighter());
            int y = random.nextInt(height);
            g.drawLine(0, y, width, y + random.nextInt(9) - 4);
        }
        // The card, 85.6 x 54 mm, covering most of the frame, slightly rotated and off-centre.
        double cardWidth = Math.min(width * 0.82, height * 0.82 * 85.6 / 54);
        double cardHeight = cardWidth * 54 / 85.6;
        AffineTransform saved = g.getTransform();
        g.translate(
                width / 2.0 + (random.nextDouble() - 0.5) * width * 0.05,
                height / 2.0 + (random.nextDouble() - 0.5) * height * 0.05);
        g.rotate(Math.toRadians(random.nextDouble() * 6 - 3));
        g.translate(-cardWidth / 2, -cardHeight / 2);
        double u = cardWidth / 1000;
        g.setPaint(new GradientPaint(
                0, 0, new Color(0xE6EEF8), (float) cardWidth, (float) cardHeight, new Color(0xF4E9F0)));
        g.fillRoundRect(0, 0, (int) cardWidth, (int) cardHeight, (int) (40 * u), (int) (40 * u));
        g.setStroke(new BasicStroke((float) Math.max(1, u)));
        g.setColor(new Color(0xB8C8E0));
        for (int i = 0; i < 40; i++) {
            int r = (int) ((60 + i * 9) * u);
            g.drawOval((int) (620 * u) - r, (int) (330 * u) - r, 2 * r, 2 * r);
        }
        g.setColor(new Color(0x1B3F7A));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (46 * u)));
        g.drawString("Thai National ID Card", (int) (40 * u), (int) (80 * u));
        g.setColor(new Color(0x202020));
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, (int) (52 * u)));
        g.drawString(number, (int) (40 * u), (int) (170 * u));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) (34 * u)));
        String[] lines = {
            "Name  Mr. Somchai " + (char) ('A' + random.nextInt(26)) + "kdee",
            "Last name  Rakthai" + random.nextInt(100),
            "Date of Birth  " + (1 + random.nextInt(28)) + " Jan. 19" + (50 + random.nextInt(50)),
            "Date of Issue  12 Mar. 2024   Date of Expiry  11 Mar. 2033"
        };
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], (int) (40 * u), (int) ((250 + i * 60) * u));
        }
        // The portrait: a face-ish shape whose shade depends on the seed.
        g.setColor(new Color(120 + random.nextInt(60), 120 + random.nextInt(60), 130 + random.nextInt(60)));
        g.fillRect((int) (730 * u), (int) (250 * u), (int) (220 * u), (int) (270 * u));
        g.setColor(new Color(200 + random.nextInt(40), 160 + random.nextInt(40), 130 + random.nextInt(40)));
        g.fillOval((int) (775 * u), (int) (290 * u), (int) (130 * u), (int) (160 * u));
        g.fillRect((int) (760 * u), (int) (440 * u), (int) (160 * u), (int) (80 * u));
        g.setTransform(saved);
        // Uneven light: brighter towards one corner.
        g.setPaint(new GradientPaint(0, 0, new Color(255, 255, 255, 40), width, height, new Color(0, 0, 0, 50)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        addNoise(image, random, 3);
        return image;
    }

    /** Gaussian blur with standard deviation {@code sigma}, in pixels of {@code image}. */
    public static BufferedImage blurred(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(sigma * 3);
        float[] weights = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            weights[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += weights[i + radius];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        BufferedImage horizontal =
                new ConvolveOp(new Kernel(weights.length, 1, weights), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
        return new ConvolveOp(new Kernel(1, weights.length, weights), ConvolveOp.EDGE_NO_OP, null)
                .filter(horizontal, null);
    }

    /** Every channel scaled by {@code factor} and shifted by {@code offset}, clipped to 0-255: too dark or washed out. */
    public static BufferedImage exposed(BufferedImage image, double factor, int offset) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = clip((int) (((rgb >> 16) & 0xFF) * factor) + offset);
                int gr = clip((int) (((rgb >> 8) & 0xFF) * factor) + offset);
                int b = clip((int) ((rgb & 0xFF) * factor) + offset);
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    /** {@code image} in any format ImageIO writes (jpg, png, gif, bmp, …), at the writer's default settings. */
    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void addNoise(BufferedImage image, Random random, int amplitude) {
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int x = 0; x < row.length; x++) {
                int n = random.nextInt(2 * amplitude + 1) - amplitude;
                int rgb = row[x];
                row[x] = (clip(((rgb >> 16) & 0xFF) + n) << 16)
                        | (clip(((rgb >> 8) & 0xFF) + n) << 8)
                        | clip((rgb & 0xFF) + n);
            }
            image.setRGB(0, y, row.length, 1, row, 0, row.length);
        }
    }

    private static int clip(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
