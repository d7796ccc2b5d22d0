package io.trustmark.review.web;

import io.trustmark.review.application.QueueRow;
import io.trustmark.review.application.ReviewService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/: the review queue, oldest request first. */
@Named
@RequestScoped
public class QueueBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    ReviewService review;

    private List<QueueRow> rows;

    public List<QueueRow> getRows() {
        if (rows == null) {
            rows = review.pending(0, PAGE_SIZE);
        }
        return rows;
    }

    public long getPendingCount() {
        return review.pendingCount();
    }
}
