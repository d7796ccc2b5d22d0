package io.trustmark.document.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The face models on fixed pictures cut from the sample photos of @vladmandic/face-api (fetched, not in git): the
 * boxes were drawn and looked at when the pre- and post-processing was written, these tests keep them there.
 */
class FaceEngineTest {

    private static FaceEngine engine;

    @BeforeAll
    static void load() throws Exception {
        FaceSamples.assumeFetched();
        engine = FaceEngine.load(FaceSamples.DIR, 1);
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** The smiling woman in the middle of sample 3 (800 px wide), looking at the camera, with room around her. */
    static BufferedImage frontal() {
        return FaceSamples.crop(FaceSamples.sample(3, 800), 380, 30, 230, 260);
    }

    /** The woman on the left of sample 2, her head turned to a profile. */
    static BufferedImage turned() {
        return FaceSamples.crop(FaceSamples.sample(2, 800), 80, 10, 220, 220);
    }

    /** The woman on the left of sample 3, a different person from {@link #frontal()}. */
    static BufferedImage other() {
        return FaceSamples.crop(FaceSamples.sample(3, 800), 190, 90, 200, 220);
    }

    @Test
    void finds_one_face_in_a_portrait_and_its_box_is_on_the_face() throws Exception {
        BufferedImage image = frontal();
        List<FaceEngine.Box> faces = engine.detect(image);
        assertEquals(1, faces.size(), faces::toString);
        FaceEngine.Box face = faces.get(0);
        // The face is at (430-560, 80-210) in the sample, so (50-180, 50-180) in the crop.
        assertTrue(face.x1() > 30 && face.x1() < 80, face::toString);
        assertTrue(face.y1() > 30 && face.y1() < 80, face::toString);
        assertTrue(face.width() > 100 && face.width() < 160, face::toString);
    }

    @Test
    void finds_two_faces_in_two_portraits_side_by_side() throws Exception {
        assertEquals(
                2, engine.detect(FaceSamples.sideBySide(frontal(), other())).size());
    }

    @Test
    void finds_no_face_on_a_sofa_or_a_plain_gradient() throws Exception {
        BufferedImage sofa = FaceSamples.crop(FaceSamples.sample(3, 800), 0, 300, 260, 260);
        assertEquals(List.of(), engine.detect(sofa));
        BufferedImage plain = new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = plain.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.DARK_GRAY, 320, 240, Color.LIGHT_GRAY));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        assertEquals(List.of(), engine.detect(plain));
    }

    @Test
    void a_turned_head_has_a_large_yaw_and_a_frontal_one_a_small_one() throws Exception {
        BufferedImage turned = turned();
        FaceEngine.Pose side = engine.pose(turned, engine.detect(turned).get(0));
        assertTrue(Math.abs(side.yaw()) > 45, side::toString);
        BufferedImage frontal = frontal();
        FaceEngine.Pose front = engine.pose(frontal, engine.detect(frontal).get(0));
        assertTrue(
                Math.abs(front.yaw()) < 25 && Math.abs(front.pitch()) < 25 && Math.abs(front.roll()) < 25,
                front::toString);
    }

    @Test
    void open_eyes_score_low_on_the_closed_class() throws Exception {
        BufferedImage frontal = frontal();
        FaceEngine.Box face = engine.detect(frontal).get(0);
        double[] closed = engine.eyes(frontal, engine.landmarks(frontal, face));
        assertTrue(closed[0] < 0.5 && closed[1] < 0.5, () -> closed[0] + " " + closed[1]);
    }

    @Test
    void the_same_face_grey_and_small_is_closer_than_another_person() throws Exception {
        BufferedImage a = frontal();
        float[] same = embeddingOf(a);
        BufferedImage grey = new BufferedImage(a.getWidth() / 2, a.getHeight() / 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.drawImage(a, 0, 0, grey.getWidth(), grey.getHeight(), null);
        g.dispose();
        double genuine = FaceEngine.similarity(
                same,
                embeddingOf(FaceEngine.resized(
                        grey, 0, 0, grey.getWidth(), grey.getHeight(), grey.getWidth(), grey.getHeight())));
        double impostor = FaceEngine.similarity(same, embeddingOf(other()));
        assertTrue(genuine > 0.5 && genuine > impostor + 0.2, () -> genuine + " vs " + impostor);
        assertEquals(1.0, FaceEngine.similarity(same, same), 1e-5);
    }

    @Test
    void the_affine_map_takes_three_points_to_three_points() {
        var t = FaceEngine.affine(new double[][] {{0, 0}, {10, 0}, {0, 10}}, new double[][] {{5, 5}, {25, 5}, {5, 25}});
        var p = t.transform(new java.awt.geom.Point2D.Double(10, 10), null);
        assertEquals(25, p.getX(), 1e-9);
        assertEquals(25, p.getY(), 1e-9);
    }

    private static float[] embeddingOf(BufferedImage image) throws Exception {
        FaceEngine.Box face = engine.detect(image).get(0);
        return engine.embedding(image, engine.landmarks(image, face));
    }
}
