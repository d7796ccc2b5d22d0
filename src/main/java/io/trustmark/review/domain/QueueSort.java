package io.trustmark.review.domain;

/** The columns the queue can be sorted by; anything else a client sends is ignored. */
public enum QueueSort {
    SUBMITTED("submittedAt"),
    MEMBER("username"),
    TIER("requestedTier"),
    STATUS("status");

    private final String field;

    QueueSort(String field) {
        this.field = field;
    }

    /** The name the data table uses for the column. */
    public String field() {
        return field;
    }

    public static QueueSort ofField(String field) {
        for (var sort : values()) {
            if (sort.field.equals(field)) {
                return sort;
            }
        }
        return SUBMITTED;
    }
}
