package io.trustmark.document.domain;

import java.util.Objects;

/**
 * What {@link ImageIntake#inspect(byte[])} learned from an upload without decoding it.
 *
 * @param format "JPEG" or "PNG", decided from the bytes
 * @param width  pixel width as stored, before any EXIF orientation is applied
 * @param height pixel height as stored, before any EXIF orientation is applied
 */
public record ImageHeader(String format, int width, int height) {

    public ImageHeader {
        Objects.requireNonNull(format, "format");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Dimensions must be positive: " + width + "x" + height);
        }
    }
}
