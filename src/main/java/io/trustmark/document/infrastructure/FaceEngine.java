package io.trustmark.document.infrastructure;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The face models of {@code faceplugin-face-recognition-js@0.0.1} run with ONNX Runtime on the CPU: detection
 * (an Ultra-Light-Fast detector whose 4,420 prior boxes are decoded inside the model), 68 landmarks, head pose, eyes
 * open, liveness and a 512-float embedding. The pre- and post-processing is the package's own JavaScript
 * ({@code lib/fr_*.js}) written again in Java; where that code reads a canvas as RGBA and converts it as if it were
 * BGR, this class feeds the RGB the models were trained on.
 *
 * <p>Thread-safe: ONNX Runtime sessions may be run from several threads; callers bound how many.
 */
public final class FaceEngine implements AutoCloseable {

    /** The model files this engine needs, all in one directory. */
    public static final List<String> MODEL_FILES = List.of(
            "fr_detect.onnx", "fr_landmark.onnx", "fr_feature.onnx", "fr_pose.onnx", "fr_liveness.onnx", "fr_eye.onnx");

    private static final int DETECT_WIDTH = 320;
    private static final int DETECT_HEIGHT = 240;
    private static final float DETECT_CONFIDENCE = 0.65f;
    private static final float NMS_OVERLAP = 0.4f;
    /** Where the eyes, the nose tip and the mouth corners sit in the 112x112 crop the embedding model was fed. */
    private static final double[][] REFERENCE_POINTS = {
        {38.29459953, 51.69630051}, {73.53179932, 51.50139999}, {56.02519989, 71.73660278}
    };

    /** A face found by the detector, in pixels of the image it was found in; square, like the package makes it. */
    public record Box(float x1, float y1, float x2, float y2, float score) {
        public float width() {
            return x2 - x1;
        }

        public float height() {
            return y2 - y1;
        }
    }

    /** Head pose in degrees: turned left/right (yaw), up/down (pitch), tilted (roll). */
    public record Pose(double yaw, double pitch, double roll) {}

    private final OrtEnvironment env;
    private final OrtSession detect;
    private final OrtSession landmark;
    private final OrtSession feature;
    private final OrtSession pose;
    private final OrtSession liveness;
    private final OrtSession eye;

    private FaceEngine(Path dir, int threads) throws OrtException {
        env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // The workers are the parallelism; one inference thread each keeps a 2-core server responsive.
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            detect = env.createSession(dir.resolve("fr_detect.onnx").toString(), options);
            landmark = env.createSession(dir.resolve("fr_landmark.onnx").toString(), options);
            feature = env.createSession(dir.resolve("fr_feature.onnx").toString(), options);
            pose = env.createSession(dir.resolve("fr_pose.onnx").toString(), options);
            liveness = env.createSession(dir.resolve("fr_liveness.onnx").toString(), options);
            eye = env.createSession(dir.resolve("fr_eye.onnx").toString(), options);
        }
    }

    /** Whether every model file is in {@code dir}. */
    public static boolean present(Path dir) {
        return dir != null && MODEL_FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
    }

    /** Loads the models of {@code dir}, each running on {@code threads} threads per inference. */
    public static FaceEngine load(Path dir, int threads) throws OrtException {
        return new FaceEngine(dir, threads);
    }

    /** Every face in {@code image} with a detector score of at least 0.65, best first. */
    public List<Box> detect(BufferedImage image) throws OrtException {
        BufferedImage small = resized(image, 0, 0, image.getWidth(), image.getHeight(), DETECT_WIDTH, DETECT_HEIGHT);
        float[] input = planes(small, 127f, 128f, 127f, 128f, 127f, 128f);
        float[] scores;
        float[] boxes;
        try (OnnxTensor tensor = tensor(input, 3, DETECT_HEIGHT, DETECT_WIDTH);
                OrtSession.Result result =
                        detect.run(Map.of(detect.getInputNames().iterator().next(), tensor))) {
            scores = flat(result.get("scores").orElseThrow().getValue());
            boxes = flat(result.get("boxes").orElseThrow().getValue());
        }
        List<Box> candidates = new ArrayList<>();
        float sx = image.getWidth();
        float sy = image.getHeight();
        for (int i = 0; i < scores.length / 2; i++) {
            float score = scores[i * 2 + 1];
            if (score >= DETECT_CONFIDENCE) {
                // The model's boxes are already decoded against its priors: corners as fractions of the input.
                candidates.add(new Box(
                        boxes[i * 4] * sx, boxes[i * 4 + 1] * sy, boxes[i * 4 + 2] * sx, boxes[i * 4 + 3] * sy, score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Box::score).reversed());
        List<Box> kept = new ArrayList<>();
        for (Box candidate : candidates) {
            if (candidate.width() > 0
                    && candidate.height() > 0
                    && kept.stream().noneMatch(k -> overlap(k, candidate) >= NMS_OVERLAP)) {
                kept.add(candidate);
            }
        }
        List<Box> squared = new ArrayList<>();
        for (Box b : kept) {
            // As the package does: a square as tall as the box, on its centre, inside the image.
            float side = b.height();
            float cx = (b.x1() + b.x2()) / 2;
            float cy = (b.y1() + b.y2()) / 2;
            squared.add(new Box(
                    Math.max(0, cx - side / 2),
                    Math.max(0, cy - side / 2),
                    Math.min(sx - 1, cx + side / 2),
                    Math.min(sy - 1, cy + side / 2),
                    b.score()));
        }
        return squared;
    }

    private static float overlap(Box a, Box b) {
        float w = Math.max(0, Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1()));
        float h = Math.max(0, Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1()));
        float inter = w * h;
        return inter / (a.width() * a.height() + b.width() * b.height() - inter);
    }

    /** 68 landmarks (x0, y0, x1, y1, ...) in pixels of {@code image}. */
    public float[] landmarks(BufferedImage image, Box box) throws OrtException {
        int x = Math.round(box.x1());
        int y = Math.round(box.y1());
        int w = Math.max(1, Math.min(Math.round(box.width()), image.getWidth() - x));
        int h = Math.max(1, Math.min(Math.round(box.height()), image.getHeight() - y));
        BufferedImage crop = resized(image, x, y, w, h, 64, 64);
        float[] input = grey(crop, 256f);
        float[] out;
        try (OnnxTensor tensor = tensor(input, 1, 64, 64);
                OrtSession.Result result =
                        landmark.run(Map.of(landmark.getInputNames().iterator().next(), tensor))) {
            out = flat(result.get(0).getValue());
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = i % 2 == 0 ? out[i] * w + x : out[i] * h + y;
        }
        return out;
    }

    /** The head's pose, from the box widened by a quarter on every side. */
    public Pose pose(BufferedImage image, Box box) throws OrtException {
        float w = box.width();
        float h = box.height();
        int x1 = Math.max(0, (int) (box.x1() - w / 4));
        int y1 = Math.max(0, (int) (box.y1() - h / 4));
        int x2 = Math.min(image.getWidth(), (int) (box.x2() + w / 4));
        int y2 = Math.min(image.getHeight(), (int) (box.y2() + h / 4));
        BufferedImage crop = resized(image, x1, y1, Math.max(1, x2 - x1), Math.max(1, y2 - y1), 224, 224);
        float[] input =
                planes(crop, 0.485f * 255, 0.229f * 255, 0.456f * 255, 0.224f * 255, 0.406f * 255, 0.225f * 255);
        try (OnnxTensor tensor = tensor(input, 3, 224, 224);
                OrtSession.Result result =
                        pose.run(Map.of(pose.getInputNames().iterator().next(), tensor))) {
            return new Pose(
                    angle(flat(result.get(0).getValue())),
                    angle(flat(result.get(1).getValue())),
                    angle(flat(result.get(2).getValue())));
        }
    }

    /** 66 bins of 3 degrees from -99: the expected value of the softmax. */
    private static double angle(float[] bins) {
        double[] p = softmax(bins);
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            sum += p[i] * i;
        }
        return sum * 3 - 99;
    }

    /**
     * The liveness model's three class probabilities for the face with its surroundings (the box scaled 2.7 times),
     * as the package feeds it: raw 0-255 RGB.
     */
    public double[] liveness(BufferedImage image, Box box) throws OrtException {
        int[] rect = scaledRect(image, box, 2.7);
        BufferedImage crop = resized(image, rect[0], rect[1], rect[2], rect[3], 128, 128);
        float[] input = planes(crop, 0, 1, 0, 1, 0, 1);
        try (OnnxTensor tensor = tensor(input, 3, 128, 128);
                OrtSession.Result result =
                        liveness.run(Map.of(liveness.getInputNames().iterator().next(), tensor))) {
            return softmax(flat(result.get(0).getValue()));
        }
    }

    /** The package's alignLivenessImage: the box scaled about its centre, shifted back inside the image. */
    private static int[] scaledRect(BufferedImage image, Box box, double wanted) {
        int srcW = image.getWidth();
        int srcH = image.getHeight();
        double bw = Math.max(1, box.width());
        double bh = Math.max(1, box.height());
        double scale = Math.min((srcH - 1) / bh, Math.min((srcW - 1) / bw, wanted));
        double nw = bw * scale;
        double nh = bh * scale;
        double cx = box.x1() + bw / 2;
        double cy = box.y1() + bh / 2;
        double l = cx - nw / 2;
        double t = cy - nh / 2;
        double r = cx + nw / 2;
        double b = cy + nh / 2;
        if (l < 0) {
            r -= l;
            l = 0;
        }
        if (t < 0) {
            b -= t;
            t = 0;
        }
        if (r > srcW - 1) {
            l -= r - srcW + 1;
            r = srcW - 1;
        }
        if (b > srcH - 1) {
            t -= b - srcH + 1;
            b = srcH - 1;
        }
        int x = Math.max(0, (int) l);
        int y = Math.max(0, (int) t);
        return new int[] {
            x, y, Math.max(1, Math.min((int) (r - l), srcW - x)), Math.max(1, Math.min((int) (b - t), srcH - y))
        };
    }

    /**
     * For each eye (the person's right, then left as seen in the picture: landmarks 36-41 and 42-47), the eye
     * model's probability of its first class, from a square grey crop 1.6 times the eye's width.
     */
    public double[] eyes(BufferedImage image, float[] marks) throws OrtException {
        return new double[] {eye(image, marks, 36), eye(image, marks, 42)};
    }

    private double eye(BufferedImage image, float[] m, int first) throws OrtException {
        // Centre: mean of the two upper and two lower lid points (37, 38, 40, 41 for the first eye).
        float cx = (m[(first + 1) * 2] + m[(first + 2) * 2] + m[(first + 4) * 2] + m[(first + 5) * 2]) / 4;
        float cy =
                (m[(first + 1) * 2 + 1] + m[(first + 2) * 2 + 1] + m[(first + 4) * 2 + 1] + m[(first + 5) * 2 + 1]) / 4;
        int size = Math.max(2, (int) ((m[(first + 3) * 2] - m[first * 2]) * 1.6f));
        int x = Math.max(0, (int) (cx - size / 2f));
        int y = Math.max(0, (int) (cy - size / 2f));
        int w = Math.max(1, Math.min(size, image.getWidth() - x - 1));
        int h = Math.max(1, Math.min(size, image.getHeight() - y - 1));
        float[] input = grey(resized(image, x, y, w, h, 24, 24), 255f);
        try (OnnxTensor tensor = tensor(input, 1, 24, 24);
                OrtSession.Result result =
                        eye.run(Map.of(eye.getInputNames().iterator().next(), tensor))) {
            return softmax(flat(result.get(0).getValue()))[0];
        }
    }

    /** The 512-float embedding of the face aligned on its eyes and nose, L2-normalised. */
    public float[] embedding(BufferedImage image, float[] marks) throws OrtException {
        BufferedImage aligned = aligned(image, marks);
        float[] input = planes(aligned, 127f, 128f, 127f, 128f, 127f, 128f);
        float[] out;
        try (OnnxTensor tensor = tensor(input, 3, 112, 112);
                OrtSession.Result result =
                        feature.run(Map.of(feature.getInputNames().iterator().next(), tensor))) {
            out = flat(result.get(0).getValue());
        }
        double norm = 0;
        for (float v : out) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < out.length; i++) {
            out[i] /= (float) norm;
        }
        return out;
    }

    /**
     * The face warped so its eyes and nose tip land on the reference points of a 112x112 crop: the affine map of
     * three points, as the package's warpAndCropFace does with OpenCV's getAffineTransform.
     */
    public static BufferedImage aligned(BufferedImage image, float[] m) {
        double[][] src = {
            {(m[74] + m[76] + m[80] + m[82]) / 4.0, (m[75] + m[77] + m[81] + m[83]) / 4.0},
            {(m[86] + m[88] + m[92] + m[94]) / 4.0, (m[87] + m[89] + m[93] + m[95]) / 4.0},
            {m[60], m[61]}
        };
        AffineTransform t = affine(src, REFERENCE_POINTS);
        BufferedImage out = new BufferedImage(112, 112, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, new AffineTransformOp(t, AffineTransformOp.TYPE_BILINEAR), 0, 0);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The affine map taking the three {@code from} points to the three {@code to} points. */
    static AffineTransform affine(double[][] from, double[][] to) {
        // Solve [x y 1] * M = [u v] for the 3x2 matrix M by Cramer's rule.
        double x0 = from[0][0], y0 = from[0][1], x1 = from[1][0], y1 = from[1][1], x2 = from[2][0], y2 = from[2][1];
        double det = x0 * (y1 - y2) - y0 * (x1 - x2) + (x1 * y2 - x2 * y1);
        if (Math.abs(det) < 1e-9) {
            return new AffineTransform();
        }
        double[] a = solve(x0, y0, x1, y1, x2, y2, det, to[0][0], to[1][0], to[2][0]);
        double[] b = solve(x0, y0, x1, y1, x2, y2, det, to[0][1], to[1][1], to[2][1]);
        return new AffineTransform(a[0], b[0], a[1], b[1], a[2], b[2]);
    }

    private static double[] solve(
            double x0,
            double y0,
            double x1,
            double y1,
            double x2,
            double y2,
            double det,
            double u0,
            double u1,
            double u2) {
        double a = (u0 * (y1 - y2) - y0 * (u1 - u2) + (u1 * y2 - u2 * y1)) / det;
        double b = (x0 * (u1 - u2) - u0 * (x1 - x2) + (x1 * u2 - x2 * u1)) / det;
        double c = (x0 * (y1 * u2 - y2 * u1) - y0 * (x1 * u2 - x2 * u1) + u0 * (x1 * y2 - x2 * y1)) / det;
        return new double[] {a, b, c};
    }

    /** Cosine of the angle between two embeddings: 1 for the same vector, about 0 for unrelated faces. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** The {@code w} x {@code h} region at ({@code x}, {@code y}) of {@code image} scaled to {@code tw} x {@code th}. */
    public static BufferedImage resized(BufferedImage image, int x, int y, int w, int h, int tw, int th) {
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, tw, th, x, y, x + w, y + h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Channel-first RGB planes, each value (v - mean) / scale. */
    private static float[] planes(BufferedImage image, float mr, float sr, float mg, float sg, float mb, float sb) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] out = new float[3 * w * h];
        int plane = w * h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int i = y * w + x;
                out[i] = (((rgb >> 16) & 0xFF) - mr) / sr;
                out[plane + i] = (((rgb >> 8) & 0xFF) - mg) / sg;
                out[2 * plane + i] = ((rgb & 0xFF) - mb) / sb;
            }
        }
        return out;
    }

    private static float[] grey(BufferedImage image, float scale) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] out = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                double luma = 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
                out[y * w + x] = (float) (Math.round(luma) / scale);
            }
        }
        return out;
    }

    private OnnxTensor tensor(float[] data, int channels, int height, int width) throws OrtException {
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(data), new long[] {1, channels, height, width});
    }

    /** The values of an output of any rank, in order. */
    private static float[] flat(Object value) {
        if (value instanceof float[] f) {
            return f;
        }
        List<Float> all = new ArrayList<>();
        collect(value, all);
        float[] out = new float[all.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = all.get(i);
        }
        return out;
    }

    private static void collect(Object value, List<Float> into) {
        if (value instanceof float[] f) {
            for (float v : f) {
                into.add(v);
            }
        } else if (value instanceof Object[] nested) {
            for (Object o : nested) {
                collect(o, into);
            }
        }
    }

    private static double[] softmax(float[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (float x : v) {
            max = Math.max(max, x);
        }
        double[] p = new double[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            p[i] = Math.exp(v[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < v.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    @Override
    public void close() {
        for (OrtSession s : new OrtSession[] {detect, landmark, feature, pose, liveness, eye}) {
            try {
                s.close();
            } catch (OrtException e) {
                // Closing at shutdown: nothing left to do with a session that fails to close.
            }
        }
    }
}
