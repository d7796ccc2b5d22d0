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

    public static int clamp(int requested) {
        return Math.max(1, requested);
    }
}
