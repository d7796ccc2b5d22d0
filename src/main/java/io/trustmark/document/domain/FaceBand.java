package io.trustmark.document.domain;

/**
 * How alike the face photo and the card's portrait are, in words a reviewer weighs: an aid to their judgement, never
 * an approval. The cut-offs are configuration, calibrated by {@code bench/face-eval.sh}.
 */
public enum FaceBand {
    /** Similarity at or above the "same" cut-off. */
    VERY_LIKELY_SAME,
    /** Between the two cut-offs. */
    UNSURE,
    /** Below the "different" cut-off. */
    LIKELY_DIFFERENT,
    /** No face was found on the card or the photo, so nothing was compared. */
    NOT_COMPARED;

    /** The band of cosine similarity {@code similarity}; {@code differentBelow} must not exceed {@code sameAt}. */
    public static FaceBand of(double similarity, double sameAt, double differentBelow) {
        if (differentBelow > sameAt) {
            throw new IllegalArgumentException("different-below " + differentBelow + " above same-at " + sameAt);
        }
        if (similarity >= sameAt) {
            return VERY_LIKELY_SAME;
        }
        return similarity < differentBelow ? LIKELY_DIFFERENT : UNSURE;
    }

    /** The band as it appears in the queue filter and the message keys: {@code VERY_LIKELY_SAME} is {@code same}. */
    public String key() {
        return switch (this) {
            case VERY_LIKELY_SAME -> "same";
            case UNSURE -> "unsure";
            case LIKELY_DIFFERENT -> "different";
            case NOT_COMPARED -> "none";
        };
    }
}
