package io.trustmark.forum.application;

import java.util.List;

/** One page of a longer list; {@code number} counts from 1. */
public record Page<T>(List<T> items, int number, int size, long total) {

    public int pages() {
        return pages(total, size);
    }

    /** How many pages of {@code size} hold {@code total} items; an empty list still has one page. */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    /**
     * Whether page {@code number} is one of the list's pages. One outside (0, -1, past the end, or so large
     * that its offset overflows) names nothing: the page answers 404, and the database is not asked for it.
     */
    public static boolean holds(int number, long total, int size) {
        return number >= 1 && number <= pages(total, size);
    }

    public boolean exists() {
        return holds(number, total, size);
    }
}
