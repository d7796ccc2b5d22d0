package io.trustmark.review.web;

import io.trustmark.document.application.FaceAid;
import io.trustmark.document.application.FaceComparisons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The face aid's panel on the review page: the band, the liveness score and the two crops side by side. */
@Named
@RequestScoped
public class FaceReviewBacking {

    @Inject
    FaceAid faceAid;

    @Inject
    FaceComparisons comparisons;

    private FaceComparisons.View view;
    private boolean loaded;

    public boolean isAvailable() {
        return faceAid.available();
    }

    /** The comparison of request {@code requestId}'s face photo, or null when none was made (yet). */
    public FaceComparisons.View view(Long requestId) {
        if (!loaded) {
            view = requestId == null ? null : comparisons.forRequest(requestId).orElse(null);
            loaded = true;
        }
        return view;
    }

    /** Whether the panel belongs on the page: the request has a face photo. */
    public boolean shown(Long requestId) {
        return requestId != null && comparisons.hasFacePhoto(requestId);
    }

    /** A score 0-1 as a whole percentage, for the page. */
    public long percent(Double score) {
        return score == null ? 0 : Math.round(score * 100);
    }
}
