package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PurposeStampTest {

    private static final List<String> LINES = List.of(
            "ใช้เพื่อการยืนยันตัวตนกับ Trustmark เท่านั้น — 2026-11-21",
            "For Trustmark verification only — 2026-11-21");

    @Test
    void marksTheCopyAcrossThePictureAndLeavesTheOriginalAlone() throws IOException {
        BufferedImage card = SyntheticPhotos.cardPhoto(1000, 630, "1 1017 00000 12 3", 5);
        int[] before = card.getRGB(0, 0, 1000, 630, null, 0, 1000);

        BufferedImage stamped = PurposeStamp.apply(card, LINES);

        assertEquals(1000, stamped.getWidth());
        assertEquals(630, stamped.getHeight());
        assertTrue(
                java.util.Arrays.equals(before, card.getRGB(0, 0, 1000, 630, null, 0, 1000)),
                "the original is untouched");
        // The ink is red: count clearly red pixels that were not red before, in each third of the picture.
        for (int third = 0; third < 3; third++) {
            int reddened = 0;
            for (int y = 0; y < 630; y++) {
                for (int x = third * 333; x < (third + 1) * 333; x++) {
                    if (redness(stamped.getRGB(x, y)) > 60 && redness(card.getRGB(x, y)) < 30) {
                        reddened++;
                    }
                }
            }
            assertTrue(reddened > 2000, "third " + third + " carries the stamp: " + reddened + " pixels");
        }
        File out = new File("target/stamp-sample.png");
        ImageIO.write(stamped, "png", out);
    }

    private static int redness(int rgb) {
        return ((rgb >> 16) & 0xFF) - Math.max((rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
