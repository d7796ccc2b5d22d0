package io.trustmark.document.domain;

/**
 * Bounds an uploaded document image must satisfy before it is decoded.
 *
 * <p>The maxima defend against pixel floods: a small, highly compressible file can declare a
 * huge canvas, and decoding allocates about four bytes per pixel whatever the file size. They
 * apply to the dimensions as stored, because that is what the decoder allocates.
 *
 * <p>The minima are about readability, and are deliberately orientation-free: {@code minWidth}
 * bounds the <em>longer</em> side and {@code minHeight} the <em>shorter</em> side. A card is
 * landscape, but members photograph it in portrait as often as not, and phones may store a
 * landscape shot as portrait pixels plus an EXIF rotation; comparing against width and height
 * literally would refuse a perfectly readable 380x600 portrait photo.
 *
 * @param maxBytes  largest accepted file size in bytes
 * @param maxWidth  largest accepted stored width in pixels
 * @param maxHeight largest accepted stored height in pixels
 * @param maxPixels largest accepted width &times; height
 * @param minWidth  smallest accepted longer side in pixels
 * @param minHeight smallest accepted shorter side in pixels
 */
public record IntakeLimits(long maxBytes, int maxWidth, int maxHeight, long maxPixels, int minWidth, int minHeight) {

    private static final long MIB = 1024L * 1024L;

    public IntakeLimits {
        if (maxBytes <= 0 || maxWidth <= 0 || maxHeight <= 0 || maxPixels <= 0 || minWidth <= 0 || minHeight <= 0) {
            throw new IllegalArgumentException("All limits must be positive: " + describe(
                    maxBytes, maxWidth, maxHeight, maxPixels, minWidth, minHeight));
        }
        if (minHeight > minWidth) {
            throw new IllegalArgumentException("minHeight bounds the shorter side, so it cannot exceed minWidth: "
                    + describe(maxBytes, maxWidth, maxHeight, maxPixels, minWidth, minHeight));
        }
        // Otherwise no image could pass both the minima and the maxima.
        if (minWidth > Math.max(maxWidth, maxHeight) || minHeight > Math.min(maxWidth, maxHeight)
                || (long) minWidth * minHeight > maxPixels) {
            throw new IllegalArgumentException("Minimum size does not fit within the maxima: "
                    + describe(maxBytes, maxWidth, maxHeight, maxPixels, minWidth, minHeight));
        }
    }

    /**
     * 10 MiB, at most 10000x10000 and 40 megapixels (above any phone camera in use), and at
     * least 600x380 in either orientation, enough to read a card's 13-digit number.
     */
    public static IntakeLimits defaults() {
        return new IntakeLimits(10 * MIB, 10_000, 10_000, 40_000_000L, 600, 380);
    }

    private static String describe(long maxBytes, int maxWidth, int maxHeight, long maxPixels, int minWidth, int minHeight) {
        return "maxBytes=" + maxBytes + ", max=" + maxWidth + "x" + maxHeight + ", maxPixels=" + maxPixels
                + ", min=" + minWidth + "x" + minHeight;
    }
}
