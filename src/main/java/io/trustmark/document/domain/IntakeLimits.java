package io.trustmark.document.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Bounds an uploaded document image must satisfy before it is decoded.
 *
 * <p>The maxima defend against pixel floods: a small, highly compressible file can declare a
 * huge canvas, and decoding allocates about four bytes per pixel whatever the file size. They
 * apply to the dimensions as stored, because that is what the decoder allocates. The metadata
 * bound keeps the parsers that look at metadata (for the EXIF orientation) on a short leash and
 * refuses files that are mostly something other than a picture.
 *
 * <p>The minima are about readability and differ per {@link DocumentKind}.
 *
 * @param maxBytes         largest accepted file size in bytes
 * @param maxWidth         largest accepted stored width in pixels
 * @param maxHeight        largest accepted stored height in pixels
 * @param maxPixels        largest accepted width &times; height
 * @param maxMetadataBytes largest accepted sum of metadata segments (JPEG APPn and COM, embedded
 *                         secondary images, PNG ancillary chunks)
 * @param minimumSizes     the smallest readable photo of each kind; every kind must have one
 */
public record IntakeLimits(
        long maxBytes,
        int maxWidth,
        int maxHeight,
        long maxPixels,
        long maxMetadataBytes,
        Map<DocumentKind, MinimumSize> minimumSizes) {

    private static final long MIB = 1024L * 1024L;

    public IntakeLimits {
        if (maxBytes <= 0 || maxWidth <= 0 || maxHeight <= 0 || maxPixels <= 0 || maxMetadataBytes < 0) {
            throw new IllegalArgumentException("Limits must be positive: maxBytes=" + maxBytes + ", max=" + maxWidth
                    + "x" + maxHeight + ", maxPixels=" + maxPixels + ", maxMetadataBytes=" + maxMetadataBytes);
        }
        minimumSizes = Map.copyOf(minimumSizes);
        for (DocumentKind kind : DocumentKind.values()) {
            MinimumSize min = minimumSizes.get(kind);
            if (min == null) {
                throw new IllegalArgumentException("No minimum size for " + kind);
            }
            // Otherwise no image of that kind could pass both the minima and the maxima.
            if (min.longSide() > Math.max(maxWidth, maxHeight)
                    || min.shortSide() > Math.min(maxWidth, maxHeight)
                    || (long) min.longSide() * min.shortSide() > maxPixels) {
                throw new IllegalArgumentException(
                        "Minimum size " + min + " of " + kind + " does not fit within the maxima");
            }
        }
    }

    /**
     * 10 MiB, at most 10000x10000 and 40 megapixels (above any phone camera in use), 4 MiB of
     * metadata, and the {@link #defaultMinimum(DocumentKind) default minimum} of each kind.
     */
    public static IntakeLimits defaults() {
        Map<DocumentKind, MinimumSize> minima = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            minima.put(kind, defaultMinimum(kind));
        }
        return new IntakeLimits(10 * MIB, 10_000, 10_000, 40_000_000L, 4 * MIB, minima);
    }

    /**
     * Enough to read the fine print of each kind: a card's 13-digit number at 600x380; a passport
     * data page's machine-readable zone (two lines of 44 characters) at 900x630; a face for a
     * likeness check at 480x480; a passbook's account name and number at 600x400.
     */
    public static MinimumSize defaultMinimum(DocumentKind kind) {
        return switch (kind) {
            case ID_CARD_FRONT -> new MinimumSize(600, 380);
            case PASSPORT_PAGE -> new MinimumSize(900, 630);
            case FACE -> new MinimumSize(480, 480);
            case PASSBOOK -> new MinimumSize(600, 400);
        };
    }

    public MinimumSize minimum(DocumentKind kind) {
        return minimumSizes.get(kind);
    }

    /** The same limits with another byte ceiling; tests and configuration change one bound at a time. */
    public IntakeLimits withMaxBytes(long bytes) {
        return new IntakeLimits(bytes, maxWidth, maxHeight, maxPixels, maxMetadataBytes, minimumSizes);
    }
}
