import io.trustmark.document.application.FaceAid;
import io.trustmark.document.domain.DecodeBudget;
import io.trustmark.document.domain.DocumentRefusedException;
import io.trustmark.document.domain.FaceBand;
import io.trustmark.document.domain.SanitizedImage;
import io.trustmark.document.infrastructure.FaceEngine;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * The face aid's figures (bench/face-eval.sh) on the six sample photos of @vladmandic/face-api: every face the
 * detector finds there is one "person". Selfie = that face cut out with its surroundings; card = the same face
 * printed small, grey and JPEG'd at low quality on a synthetic card. Genuine pairs: a selfie and its own card;
 * impostor pairs: a selfie and every other person's card. Accepted = band "very likely the same person" at the
 * configured cut-offs. One-face checks: every selfie must be taken as one face (or refused for its pose, eyes or
 * liveness, never for "no face"), every two-selfie composite refused as two faces, every face-free crop refused as
 * no face. Run from the project root with the test class path; argument: the models dir (models/face).
 */
public class FaceEval {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "models/face");
        FaceAid aid = FaceAid.standalone(dir);
        if (!aid.available()) {
            System.out.println("face models not fetched: run config/face-models.sh");
            return;
        }
        DecodeBudget budget = new DecodeBudget(1L << 30, Duration.ofSeconds(5));
        List<BufferedImage> selfies = new ArrayList<>();
        List<BufferedImage> backgrounds = new ArrayList<>();
        try (FaceEngine engine = FaceEngine.load(dir, 1)) {
            for (int n = 1; n <= 6; n++) {
                BufferedImage full = ImageIO.read(dir.resolve("samples/sample" + n + ".jpg").toFile());
                BufferedImage small = FaceEngine.resized(full, 0, 0, full.getWidth(), full.getHeight(), 800,
                        800 * full.getHeight() / full.getWidth());
                double f = full.getWidth() / 800.0;
                for (FaceEngine.Box b : engine.detect(small)) {
                    // The face with half its size around it, cut from the full-resolution photo.
                    int m = (int) (b.width() / 2);
                    int x = (int) Math.max(0, (b.x1() - m) * f);
                    int y = (int) Math.max(0, (b.y1() - m) * f);
                    int w = (int) Math.min(full.getWidth() - x, (b.width() + 2 * m) * f);
                    int h = (int) Math.min(full.getHeight() - y, (b.height() + 2 * m) * f);
                    selfies.add(full.getSubimage(x, y, w, h));
                }
                // The bottom-left quarter: a sofa, legs, a floor, no faces in these photos.
                backgrounds.add(full.getSubimage(0, full.getHeight() * 3 / 4, full.getWidth() / 4, full.getHeight() / 4));
            }
        }
        int people = selfies.size();
        List<byte[]> selfieJpegs = new ArrayList<>();
        List<byte[]> cardJpegs = new ArrayList<>();
        for (BufferedImage s : selfies) {
            selfieJpegs.add(jpeg(s, 0.9f));
            cardJpegs.add(jpeg(card(s), 0.85f));
        }
        List<Long> millis = new ArrayList<>();
        List<Double> genuineScores = new ArrayList<>();
        List<Double> impostorScores = new ArrayList<>();
        int genuineAccepted = 0;
        int impostorAccepted = 0;
        int impostors = 0;
        for (int i = 0; i < people; i++) {
            for (int j = 0; j < people; j++) {
                long t = System.nanoTime();
                FaceAid.Comparison c = aid.compare(selfieJpegs.get(i), cardJpegs.get(j), budget);
                millis.add((System.nanoTime() - t) / 1_000_000);
                boolean accepted = c.band() == FaceBand.VERY_LIKELY_SAME;
                if (i == j) {
                    genuineScores.add(c.similarity());
                    genuineAccepted += accepted ? 1 : 0;
                } else {
                    impostorScores.add(c.similarity());
                    impostorAccepted += accepted ? 1 : 0;
                    impostors++;
                }
            }
        }
        int checks = 0;
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            checks++;
            String r = screen(aid, selfies.get(i), budget);
            if (!r.equals("FACE_NONE") && !r.equals("FACE_SEVERAL")) {
                right++;
            } else {
                wrong.add("selfie " + i + ": " + r);
            }
            checks++;
            String two = screen(aid, side(selfies.get(i), selfies.get((i + 1) % people)), budget);
            if (two.equals("FACE_SEVERAL")) {
                right++;
            } else {
                wrong.add("two faces " + i + ": " + two);
            }
        }
        for (int i = 0; i < backgrounds.size(); i++) {
            checks++;
            String r = screen(aid, backgrounds.get(i), budget);
            if (r.equals("FACE_NONE")) {
                right++;
            } else {
                wrong.add("background " + i + ": " + r);
            }
        }
        aid.stop();
        Collections.sort(millis);
        Collections.sort(genuineScores);
        Collections.sort(impostorScores);
        System.out.println("people (faces found in the 6 samples): " + people);
        System.out.printf(Locale.ROOT, "genuine similarity: min %.3f median %.3f max %.3f%n", genuineScores.get(0),
                genuineScores.get(genuineScores.size() / 2), genuineScores.get(genuineScores.size() - 1));
        System.out.printf(Locale.ROOT, "impostor similarity: min %.3f median %.3f max %.3f%n", impostorScores.get(0),
                impostorScores.get(impostorScores.size() / 2), impostorScores.get(impostorScores.size() - 1));
        System.out.println("one-face checks wrong: " + wrong);
        // The calibration table: how many pairs each cut-off of "very likely the same person" would accept.
        for (double cut = 0.30; cut < 0.651; cut += 0.05) {
            final double t = cut;
            System.out.printf(
                    Locale.ROOT,
                    "cut-off %.2f: genuine %d/%d, impostor %d/%d%n",
                    t,
                    genuineScores.stream().filter(v -> v >= t).count(),
                    genuineScores.size(),
                    impostorScores.stream().filter(v -> v >= t).count(),
                    impostorScores.size());
        }
        System.out.printf(Locale.ROOT, "genuine pairs %d, accepted %d; impostor pairs %d, accepted %d; one-face checks %d/%d; median %d ms%n",
                people, genuineAccepted, impostors, impostorAccepted, right, checks, millis.get(millis.size() / 2));
    }

    private static String screen(FaceAid aid, BufferedImage picture, DecodeBudget budget) throws Exception {
        byte[] j = jpeg(picture, 0.9f);
        try {
            aid.screen(new SanitizedImage(j, picture.getWidth(), picture.getHeight(), "x", 0), budget);
            return "taken";
        } catch (DocumentRefusedException e) {
            return e.reason().name();
        }
    }

    private static BufferedImage side(BufferedImage a, BufferedImage b) {
        int h = 600;
        int wa = a.getWidth() * h / a.getHeight();
        int wb = b.getWidth() * h / b.getHeight();
        BufferedImage out = new BufferedImage(wa + wb, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.drawImage(a, 0, 0, wa, h, null);
        g.drawImage(b, wa, 0, wb, h, null);
        g.dispose();
        return out;
    }

    /** The face printed on a synthetic card: grey, 150 px tall, JPEG'd at quality 0.5, with lines of print beside. */
    static BufferedImage card(BufferedImage face) throws Exception {
        BufferedImage card = new BufferedImage(856, 540, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(0xE8EEF4));
        g.fillRect(0, 0, 856, 540);
        g.setColor(new Color(0x30405A));
        for (int y = 120; y < 420; y += 48) {
            g.fillRect(40, y, 420, 14);
        }
        int h = 180;
        int w = face.getWidth() * h / face.getHeight();
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D gg = grey.createGraphics();
        gg.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        gg.drawImage(face, 0, 0, w, h, null);
        gg.dispose();
        BufferedImage printed = ImageIO.read(new ByteArrayInputStream(jpeg(grey, 0.5f)));
        g.drawImage(printed, 620, 240, null);
        g.dispose();
        return card;
    }

    static byte[] jpeg(BufferedImage image, float quality) throws Exception {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            rgb = FaceEngine.resized(image, 0, 0, image.getWidth(), image.getHeight(), image.getWidth(), image.getHeight());
        }
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.write(null, new IIOImage(rgb, null, null), p);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
