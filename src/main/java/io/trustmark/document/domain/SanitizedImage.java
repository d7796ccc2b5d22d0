package io.trustmark.document.domain;

import java.util.Objects;

/**
 * An upload after {@link ImageIntake#sanitize(byte[])}: a freshly encoded baseline JPEG that
 * carries no metadata and is upright.
 *
 * <p>The array is not copied, because it can be megabytes and is normally handed straight to
 * encryption; treat it as read-only.
 *
 * @param jpeg      the re-encoded image
 * @param width     pixel width after EXIF orientation was applied
 * @param height    pixel height after EXIF orientation was applied
 * @param sha256Hex lower-case hex SHA-256 of {@code jpeg}, to detect duplicates and tampering
 * @param perceptualHash 64-bit difference hash of the upright picture, to recognise the same picture
 *                       re-saved, resized or recompressed ({@link PhotoAnalysis#distance})
 */
public record SanitizedImage(byte[] jpeg, int width, int height, String sha256Hex, long perceptualHash) {

    public SanitizedImage {
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Dimensions must be positive: " + width + "x" + height);
        }
    }

    @Override
    public String toString() {
        return "SanitizedImage[" + jpeg.length + " bytes, " + width + "x" + height + ", sha256=" + sha256Hex
                + ", dHash=" + Long.toHexString(perceptualHash) + "]";
    }
}
