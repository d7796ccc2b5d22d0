package io.trustmark.document.domain;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.util.Optional;

/**
 * What a face photo must show to be taken at upload: exactly one face, large enough, turned no further than the
 * pose limits, eyes open, and not a picture of a screen. The measures come from the face models; this decides.
 *
 * @param minFaceShare     the face's width as a share of the photo's shorter side, at least
 * @param maxYaw           degrees turned left or right, at most
 * @param maxPitch         degrees looking up or down, at most
 * @param maxRoll          degrees the head is tilted, at most
 * @param maxEyesClosed    refused when BOTH eyes look closed (or hidden by sunglasses) with more than this confidence
 * @param minLiveness      refused as a photo of a screen or a print when the live score is below this
 */
public record FaceLimits(
        double minFaceShare, double maxYaw, double maxPitch, double maxRoll, double maxEyesClosed, double minLiveness) {

    /** A second face counts when it is at least this share of the largest one's width (not a stranger far behind). */
    static final double SECOND_FACE_SHARE = 0.4;

    /**
     * What the models measured on a photo.
     *
     * @param faceWidths   widths of every face found, in pixels, largest first
     * @param shorterSide  the photo's shorter side in the same pixels
     * @param yaw          pose of the largest face, degrees
     * @param pitch        pose of the largest face, degrees
     * @param roll         pose of the largest face, degrees
     * @param eyesClosed   the eye model's "closed" confidence for each eye of the largest face
     * @param liveness     the liveness model's live score of the largest face, 0-1
     */
    public record Findings(
            float[] faceWidths,
            int shorterSide,
            double yaw,
            double pitch,
            double roll,
            double[] eyesClosed,
            double liveness) {}

    /** Why the photo is refused, the first rule it breaks in the order a member can act on; empty when taken. */
    public Optional<Reason> refusal(Findings f) {
        if (f.faceWidths().length == 0) {
            return Optional.of(Reason.FACE_NONE);
        }
        float largest = f.faceWidths()[0];
        for (int i = 1; i < f.faceWidths().length; i++) {
            if (f.faceWidths()[i] >= largest * SECOND_FACE_SHARE) {
                return Optional.of(Reason.FACE_SEVERAL);
            }
        }
        if (largest < minFaceShare * f.shorterSide()) {
            return Optional.of(Reason.FACE_TOO_SMALL);
        }
        if (Math.abs(f.yaw()) > maxYaw || Math.abs(f.pitch()) > maxPitch || Math.abs(f.roll()) > maxRoll) {
            return Optional.of(Reason.FACE_NOT_FRONTAL);
        }
        if (f.eyesClosed()[0] > maxEyesClosed && f.eyesClosed()[1] > maxEyesClosed) {
            return Optional.of(Reason.FACE_EYES);
        }
        if (f.liveness() < minLiveness) {
            return Optional.of(Reason.FACE_SCREEN);
        }
        return Optional.empty();
    }
}
