package io.trustmark.document.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.DecodeBudget;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.document.domain.DocumentRefusedException.Reason;
import io.trustmark.document.domain.FaceBand;
import io.trustmark.document.domain.SanitizedImage;
import io.trustmark.document.infrastructure.FaceSamples;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The face photo's refusals at upload and the comparison with a card, on the fetched models and sample photos. */
class FaceAidTest {

    private static FaceAid aid;
    private static final DecodeBudget BUDGET = new DecodeBudget(512L * 1024 * 1024, Duration.ofSeconds(2));

    /** A FaceAid with the configuration defaults, outside the container. */
    static FaceAid withDefaults(String modelsDir) {
        return FaceAid.standalone(java.nio.file.Path.of(modelsDir));
    }

    @BeforeAll
    static void load() {
        FaceSamples.assumeFetched();
        aid = withDefaults(FaceSamples.DIR.toString());
    }

    @AfterAll
    static void stop() {
        if (aid != null) {
            aid.stop();
        }
    }

    static byte[] jpeg(BufferedImage image) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reason refusal(BufferedImage photo) {
        var clean = new SanitizedImage(jpeg(photo), photo.getWidth(), photo.getHeight(), "x", 0);
        try {
            aid.screen(clean, BUDGET);
            return null;
        } catch (DocumentRefusedException e) {
            return e.reason();
        }
    }

    static BufferedImage frontal() {
        return FaceSamples.crop(FaceSamples.sample(3, 800), 380, 30, 230, 260);
    }

    static BufferedImage other() {
        return FaceSamples.crop(FaceSamples.sample(3, 800), 190, 90, 200, 220);
    }

    @Test
    void a_portrait_looking_at_the_camera_is_taken() {
        assertEquals(null, refusal(frontal()));
    }

    @Test
    void two_faces_no_face_and_a_turned_head_are_refused_with_their_reasons() {
        assertEquals(Reason.FACE_SEVERAL, refusal(FaceSamples.sideBySide(frontal(), other())));
        var plain = new BufferedImage(400, 500, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = plain.createGraphics();
        g.setColor(new Color(0xD8DCE0));
        g.fillRect(0, 0, 400, 500);
        g.dispose();
        assertEquals(Reason.FACE_NONE, refusal(plain));
        assertEquals(Reason.FACE_NOT_FRONTAL, refusal(FaceSamples.crop(FaceSamples.sample(2, 800), 80, 10, 220, 220)));
    }

    @Test
    void a_face_small_in_a_large_picture_is_too_small() {
        var wide = new BufferedImage(1600, 1200, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = wide.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 1600, 1200);
        g.drawImage(frontal(), 700, 500, null);
        g.dispose();
        assertEquals(Reason.FACE_TOO_SMALL, refusal(wide));
    }

    @Test
    void the_same_face_on_a_card_is_very_likely_the_same_and_another_person_is_not() {
        var same = aid.compare(jpeg(frontal()), jpeg(card(frontal())), BUDGET);
        assertEquals(FaceBand.VERY_LIKELY_SAME, same.band(), () -> "similarity " + same.similarity());
        assertNotNull(same.selfieCrop());
        assertNotNull(same.cardCrop());
        var different = aid.compare(jpeg(frontal()), jpeg(card(other())), BUDGET);
        assertTrue(different.similarity() < same.similarity() - 0.2, () -> different + " vs " + same);
        assertFalse(different.band() == FaceBand.VERY_LIKELY_SAME, () -> "similarity " + different.similarity());
    }

    @Test
    void without_models_the_aid_is_not_available_and_takes_every_photo() {
        FaceAid none = withDefaults("no-such-dir");
        assertFalse(none.available());
        none.screen(new SanitizedImage(jpeg(frontal()), 230, 260, "x", 0), BUDGET);
        assertEquals(null, none.compare(jpeg(frontal()), jpeg(frontal()), BUDGET));
    }

    @Test
    void a_busy_aid_says_busy_rather_than_queueing_without_end() throws Exception {
        var tiny = new DecodeBudget(1, Duration.ZERO);
        var hold = tiny.reserve(1);
        try {
            assertThrows(
                    DocumentRefusedException.class,
                    () -> aid.screen(new SanitizedImage(jpeg(frontal()), 230, 260, "x", 0), tiny));
        } finally {
            hold.close();
        }
    }

    /**
     * A card-like copy of a face: grey, small, JPEG'd at low quality, on a pale card with lines of print, as the
     * portrait on a Thai ID card looks in a photo of the card.
     */
    static BufferedImage card(BufferedImage face) {
        var card = new BufferedImage(856, 540, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(0xE8EEF4));
        g.fillRect(0, 0, 856, 540);
        g.setColor(new Color(0x30405A));
        for (int y = 120; y < 420; y += 48) {
            g.fillRect(40, y, 420, 14);
        }
        var grey = new BufferedImage(160, 190, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gg = grey.createGraphics();
        gg.drawImage(face, 0, 0, 160, 190, null);
        gg.dispose();
        try {
            var small = ImageIO.read(new java.io.ByteArrayInputStream(jpeg(grey)));
            g.drawImage(small, 640, 250, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        g.dispose();
        return card;
    }
}
