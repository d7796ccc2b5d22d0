package io.trustmark.document.domain;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Measures of a photo taken on a grey, point-sampled copy of it: how sharp, how dark, how washed out,
 * and a perceptual fingerprint. Cheap on purpose (well under a million pixels), so the intake can
 * afford it on every upload.
 *
 * @param width     width of the grey copy the measures were taken on
 * @param height    height of the grey copy
 * @param sharpness variance of the 4-neighbour Laplacian; low when edges are soft (blur)
 * @param brightest the 99th percentile of brightness, 0-255
 * @param darkest   the 1st percentile of brightness, 0-255
 * @param dHash     64-bit difference hash: near-identical pictures differ in few bits, whatever their
 *                  size, compression or metadata
 */
public record PhotoAnalysis(int width, int height, double sharpness, int brightest, int darkest, long dHash) {

    /** The longer side of the grey copy; large enough that a shaky hand still shows as blur. */
    public static final int ANALYSIS_SIDE = 1000;

    private static final int HASH_COLUMNS = 9;
    private static final int HASH_ROWS = 8;

    /** The sampling step that brings a {@code width} x {@code height} photo to at most {@link #ANALYSIS_SIDE}. */
    public static int step(int width, int height) {
        return Math.max(1, (Math.max(width, height) + ANALYSIS_SIDE - 1) / ANALYSIS_SIDE);
    }

    /** Measures {@code image}, reading every {@code step}-th pixel of every {@code step}-th row. */
    public static PhotoAnalysis of(BufferedImage image, int step) {
        int w = (image.getWidth() + step - 1) / step;
        int h = (image.getHeight() + step - 1) / step;
        int[] grey = new int[w * h];
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer) {
            // What the JPEG decoder and the intake produce: read the bytes, not a colour model per pixel.
            byte[] bgr = buffer.getData();
            int stride = image.getWidth() * 3;
            for (int y = 0; y < h; y++) {
                int row = y * step * stride;
                for (int x = 0; x < w; x++) {
                    int i = row + x * step * 3;
                    grey[y * w + x] = luma(bgr[i + 2] & 0xFF, bgr[i + 1] & 0xFF, bgr[i] & 0xFF);
                }
            }
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = image.getRGB(x * step, y * step);
                    grey[y * w + x] = luma((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
                }
            }
        }
        return of(grey, w, h);
    }

    private static int luma(int r, int g, int b) {
        return (299 * r + 587 * g + 114 * b) / 1000;
    }

    /** Measures a grey image given as row-major values 0-255. */
    static PhotoAnalysis of(int[] grey, int w, int h) {
        int[] histogram = new int[256];
        for (int value : grey) {
            histogram[value]++;
        }
        return new PhotoAnalysis(
                w,
                h,
                laplacianVariance(grey, w, h),
                percentile(histogram, grey.length, 0.99),
                percentile(histogram, grey.length, 0.01),
                dHash(grey, w, h));
    }

    private static double laplacianVariance(int[] grey, int w, int h) {
        if (w < 3 || h < 3) {
            return 0;
        }
        double sum = 0;
        double sumSquares = 0;
        long n = 0;
        for (int y = 1; y < h - 1; y++) {
            int i = y * w;
            for (int x = 1; x < w - 1; x++) {
                int c = i + x;
                int laplacian = grey[c - 1] + grey[c + 1] + grey[c - w] + grey[c + w] - 4 * grey[c];
                sum += laplacian;
                sumSquares += (double) laplacian * laplacian;
                n++;
            }
        }
        double mean = sum / n;
        return sumSquares / n - mean * mean;
    }

    private static int percentile(int[] histogram, int total, double fraction) {
        long wanted = (long) Math.ceil(total * fraction);
        long seen = 0;
        for (int value = 0; value < histogram.length; value++) {
            seen += histogram[value];
            if (seen >= Math.max(1, wanted)) {
                return value;
            }
        }
        return 255;
    }

    /** Compares neighbouring cells of a 9x8 grid of area averages: bit set where the left one is brighter. */
    private static long dHash(int[] grey, int w, int h) {
        double[] cells = new double[HASH_COLUMNS * HASH_ROWS];
        for (int cy = 0; cy < HASH_ROWS; cy++) {
            int y0 = cy * h / HASH_ROWS;
            int y1 = Math.max(y0 + 1, (cy + 1) * h / HASH_ROWS);
            for (int cx = 0; cx < HASH_COLUMNS; cx++) {
                int x0 = cx * w / HASH_COLUMNS;
                int x1 = Math.max(x0 + 1, (cx + 1) * w / HASH_COLUMNS);
                long sum = 0;
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        sum += grey[y * w + x];
                    }
                }
                cells[cy * HASH_COLUMNS + cx] = (double) sum / ((long) (y1 - y0) * (x1 - x0));
            }
        }
        long hash = 0;
        for (int cy = 0; cy < HASH_ROWS; cy++) {
            for (int cx = 0; cx < HASH_COLUMNS - 1; cx++) {
                hash <<= 1;
                if (cells[cy * HASH_COLUMNS + cx] > cells[cy * HASH_COLUMNS + cx + 1]) {
                    hash |= 1;
                }
            }
        }
        return hash;
    }

    /** How many of the 64 bits differ: 0 for the same picture, about 32 for unrelated ones. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
