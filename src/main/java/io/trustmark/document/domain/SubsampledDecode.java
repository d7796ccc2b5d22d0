package io.trustmark.document.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A stored image decoded for a machine (reading, the face aid) without its full-size raster: the decoder skips
 * rows and columns so that the longer side comes out at no less than {@code longerSide}, then the caller scales the
 * small copy the way its models want it.
 *
 * @param image the subsampled decode
 * @param width the stored image's full width
 * @param height the stored image's full height
 */
public record SubsampledDecode(BufferedImage image, int width, int height) {

    /** Decodes {@code jpeg}, keeping its longer side at {@code longerSide} pixels or a little more. */
    public static SubsampledDecode of(byte[] jpeg, int longerSide) throws IOException {
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            var reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int step = Math.max(1, Math.max(width, height) / Math.max(1, longerSide));
                var param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return new SubsampledDecode(reader.read(0, param), width, height);
            } finally {
                reader.dispose();
            }
        }
    }
}
