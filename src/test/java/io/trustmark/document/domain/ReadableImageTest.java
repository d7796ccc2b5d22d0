package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

/** The page's lighting evened out before a second reading: ink under a reflection or a shadow made dark again. */
class ReadableImageTest {

    static final int PAPER = 232;
    static final int INK = 30;

    /**
     * A grey page 600 x 200 of paper with vertical ink strokes (4 px wide every 12 px), as printed; then over the
     * middle third a reflection lifting everything {@code veil} of the way to white, and over the right third a
     * shadow keeping {@code shade} of the light.
     */
    private static BufferedImage page(double veil, double shade) {
        var image = new BufferedImage(600, 200, BufferedImage.TYPE_BYTE_GRAY);
        byte[] p = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 600; x++) {
                double v = x % 12 < 4 ? INK : PAPER;
                if (x >= 200 && x < 400) {
                    v = v * (1 - veil) + 255 * veil;
                } else if (x >= 400) {
                    v = v * shade;
                }
                p[y * 600 + x] = (byte) Math.round(v);
            }
        }
        return image;
    }

    private static int at(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }

    @Test
    void inkWashedOutByAReflectionIsMadeDarkAgainAndItsPaperStaysLight() {
        var evened = new ReadableImage(page(0.8, 1), 0.5).evened();
        // Under the veil ink is 30 * 0.2 + 255 * 0.8 = 210 against paper at 249: barely there for a threshold.
        assertEquals(210, at(page(0.8, 1), 300, 100));
        int ink = at(evened.image(), 300, 100);
        int paper = at(evened.image(), 306, 100);
        assertTrue(ink < 90, "ink under the reflection " + ink);
        assertTrue(paper > 200, "paper under the reflection " + paper);
        // Outside it nothing changes much.
        assertTrue(at(evened.image(), 96, 100) < 50, "ink as printed " + at(evened.image(), 96, 100));
        assertTrue(at(evened.image(), 102, 100) > 220, "paper as printed " + at(evened.image(), 102, 100));
        assertEquals(0.5, evened.scale(), "the same scale: what is read maps back onto the stored image");
    }

    @Test
    void paperInAShadowIsMadeLightAgainAndItsInkStaysDark() {
        var evened = new ReadableImage(page(0, 0.45), 1).evened().image();
        assertTrue(at(evened, 510, 100) > 200, "paper in the shadow " + at(evened, 510, 100));
        assertTrue(at(evened, 492, 100) < 60, "ink in the shadow " + at(evened, 492, 100));
    }

    @Test
    void whatAReflectionBlewOutToWhiteStaysWhite() {
        // Nothing of the ink is left there: nothing is made up.
        var evened = new ReadableImage(page(1, 1), 1).evened().image();
        for (int x = 210; x < 390; x++) {
            assertEquals(255, at(evened, x, 100), "x " + x);
        }
    }
}
