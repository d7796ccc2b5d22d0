package io.trustmark.document.domain;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A stored (clean, upright) image made ready for machine reading: decoded with subsampling so that its longer side
 * is at most {@code maxSide} before a full-size raster is ever allocated, then scaled down to it and turned into
 * 8-bit grey. Reading needs no more: text on a card photographed at 12 MP is read as well at 1,600 px and in a
 * tenth of the time and memory.
 *
 * @param scale the factor from the stored image to {@code image}, to map what was read back onto the stored one
 */
public record ReadableImage(BufferedImage image, double scale) {

    public static ReadableImage of(byte[] jpeg, int maxSide) {
        try {
            var decode = SubsampledDecode.of(jpeg, maxSide);
            int width = decode.width();
            int height = decode.height();
            double scale = Math.min(1.0, (double) maxSide / Math.max(width, height));
            int w = Math.max(1, (int) Math.round(width * scale));
            int h = Math.max(1, (int) Math.round(height * scale));
            var grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            var g = grey.createGraphics();
            g.setRenderingHint(
                    java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(decode.image(), 0, 0, w, h, null);
            g.dispose();
            return new ReadableImage(grey, (double) w / width);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The part of this image in {@code box}, with half a line's height of margin above and below (tone marks and
     * vowels above Thai letters lie outside a line's box) and a white border, as the reader likes a single line.
     */
    public BufferedImage crop(PageText.Box box) {
        int padY = box.height() / 4;
        int x = Math.max(0, box.x() - padY);
        int y = Math.max(0, box.y() - padY);
        int w = Math.min(image.getWidth() - x, box.width() + 2 * padY);
        int h = Math.min(image.getHeight() - y, box.height() + 2 * padY);
        int border = 10;
        var out = new BufferedImage(
                Math.max(1, w) + 2 * border, Math.max(1, h) + 2 * border, BufferedImage.TYPE_BYTE_GRAY);
        var g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        if (w > 0 && h > 0) {
            g.drawImage(image.getSubimage(x, y, w, h), border, border, null);
        }
        g.dispose();
        return out;
    }

    /** The side of the squares in which {@link #evened} looks for the paper's brightness, in the read image's pixels. */
    static final int PAPER_BLOCK = 16;

    /** How far {@link #evened} may deepen what a highlight washed out: more only lifts the JPEG's noise. */
    static final int MOST_GAIN = 8;

    /**
     * This image with its lighting evened out, for a second reading when the first could not be trusted: the paper's
     * brightness is estimated around every pixel (the brightest pixel of each small square, grown by a square each
     * way so that one inside a thick stroke takes its neighbours' paper, interpolated between squares) and brought to
     * the page's usual paper brightness (the squares' median).
     *
     * <p>Why two ways: a reflection (glare) is light added over the card, a veil that lifts ink and paper towards
     * white alike, so where the paper is brighter than usual the ink's darkness (255 minus the value) is divided by
     * the paper's; a shadow is light taken away, a factor on ink and paper alike, so where the paper is darker than
     * usual the value itself is divided by the paper's. Dividing the values under a veil, as one does for shading,
     * would leave the ink washed out. Where the highlight blew the paper out to white nothing is left to deepen: it
     * stays white, and what was under it is not read.
     */
    public ReadableImage evened() {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] in = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int bw = (w + PAPER_BLOCK - 1) / PAPER_BLOCK;
        int bh = (h + PAPER_BLOCK - 1) / PAPER_BLOCK;
        int[] brightest = new int[bw * bh];
        for (int y = 0; y < h; y++) {
            int row = (y / PAPER_BLOCK) * bw;
            for (int x = 0; x < w; x++) {
                int v = in[y * w + x] & 0xFF;
                int b = row + x / PAPER_BLOCK;
                if (v > brightest[b]) {
                    brightest[b] = v;
                }
            }
        }
        int[] paper = new int[bw * bh];
        for (int by = 0; by < bh; by++) {
            for (int bx = 0; bx < bw; bx++) {
                int most = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = bx + dx;
                        int y = by + dy;
                        if (x >= 0 && y >= 0 && x < bw && y < bh) {
                            most = Math.max(most, brightest[y * bw + x]);
                        }
                    }
                }
                paper[by * bw + bx] = most;
            }
        }
        int usual = median(paper);
        int usualDarkness = Math.max(1, 255 - usual);
        var out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            // Block centres: interpolate between the four around this pixel.
            double fy = Math.max(0, Math.min(bh - 1.0, (y - PAPER_BLOCK / 2.0) / PAPER_BLOCK));
            int y0 = (int) fy;
            int y1 = Math.min(bh - 1, y0 + 1);
            double ty = fy - y0;
            for (int x = 0; x < w; x++) {
                double fx = Math.max(0, Math.min(bw - 1.0, (x - PAPER_BLOCK / 2.0) / PAPER_BLOCK));
                int x0 = (int) fx;
                int x1 = Math.min(bw - 1, x0 + 1);
                double tx = fx - x0;
                double top = paper[y0 * bw + x0] * (1 - tx) + paper[y0 * bw + x1] * tx;
                double bottom = paper[y1 * bw + x0] * (1 - tx) + paper[y1 * bw + x1] * tx;
                double around = top * (1 - ty) + bottom * ty;
                int v = in[y * w + x] & 0xFF;
                double evened;
                if (around > usual) {
                    double darkness = Math.max(255 - around, (double) usualDarkness / MOST_GAIN);
                    evened = 255 - (255 - v) * usualDarkness / darkness;
                } else {
                    evened = v * usual / Math.max(1.0, around);
                }
                o[y * w + x] = (byte) Math.max(0, Math.min(255, (int) Math.round(evened)));
            }
        }
        return new ReadableImage(out, scale);
    }

    private static int median(int[] values) {
        var sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The part of this image from {@code fromTop} (0..1 of its height) down, for the passport's zone. */
    public ReadableImage bottom(double fromTop) {
        int y = (int) (image.getHeight() * fromTop);
        var part = new BufferedImage(image.getWidth(), image.getHeight() - y, BufferedImage.TYPE_BYTE_GRAY);
        var g = part.createGraphics();
        g.drawImage(image, 0, -y, null);
        g.dispose();
        return new ReadableImage(part, scale);
    }
}
