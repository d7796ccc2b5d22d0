package io.trustmark.document.domain;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Blanks parts of a stored image (the religion field of an ID card): the boxes are painted over in one flat colour
 * and the image is encoded anew, so no trace of what was there survives in the pixels or in the file (a new JPEG,
 * not an edit of the old one's data). What comes out is a {@link SanitizedImage} like any upload.
 */
public final class DocumentMask {

    /** The flat grey of a blanked field: visibly blanked to a reviewer, not mistaken for the card's white. */
    static final Color BLANK = new Color(0xB0B0B0);

    private DocumentMask() {}

    /**
     * {@code cleanJpeg} with {@code boxes} blanked. The perceptual hash stays the upload's ({@code perceptualHash}):
     * the same photo sent again, unmasked, must still be recognised as the same picture.
     */
    public static SanitizedImage apply(byte[] cleanJpeg, List<PageText.Box> boxes, long perceptualHash) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(cleanJpeg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (image == null) {
            throw new IllegalArgumentException("not an image");
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.setColor(BLANK);
        for (var box : boxes) {
            g.fillRect(box.x(), box.y(), box.width(), box.height());
        }
        g.dispose();
        var jpeg = ImageIntake.encodeJpeg(rgb, 0.9f);
        return new SanitizedImage(jpeg, rgb.getWidth(), rgb.getHeight(), ImageIntake.sha256Hex(jpeg), perceptualHash);
    }
}
