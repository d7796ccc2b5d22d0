package io.trustmark.document.domain;

/**
 * When a photo that decodes fine is still not worth a reviewer's time. Measured on a grey copy of the
 * upright photo whose longer side is at most {@link PhotoAnalysis#ANALYSIS_SIDE} pixels, so the same
 * thresholds hold for a 2-megapixel and a 50-megapixel camera.
 *
 * @param minSharpness     variance of the Laplacian below which the photo is too blurry
 * @param minBrightest     the 99th percentile of brightness (0-255) below which even the brightest
 *                         parts are too dark to read
 * @param maxDarkest       the 1st percentile of brightness (0-255) above which even the darkest parts
 *                         (the printed text) are washed out
 */
public record QualityThresholds(double minSharpness, int minBrightest, int maxDarkest) {

    public QualityThresholds {
        if (minSharpness < 0 || minBrightest < 0 || minBrightest > 255 || maxDarkest < 0 || maxDarkest > 255) {
            throw new IllegalArgumentException("Quality thresholds out of range: sharpness " + minSharpness
                    + ", brightest " + minBrightest + ", darkest " + maxDarkest);
        }
    }

    /** Tuned on generated card photos; docs/document-intake.md, shows the measurements. */
    public static QualityThresholds defaults() {
        return new QualityThresholds(60, 80, 160);
    }
}
