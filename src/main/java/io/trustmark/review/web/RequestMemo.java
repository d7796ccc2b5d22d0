package io.trustmark.review.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Supplier;

/**
 * A value computed at most once per HTTP request, for view-scoped beans whose getters the page calls
 * several times (the queue's status counts feed both the line above the table and its paginator).
 */
@RequestScoped
public class RequestMemo {

    private Object value;

    @SuppressWarnings("unchecked")
    public <T> T get(Supplier<T> compute) {
        if (value == null) {
            value = compute.get();
        }
        return (T) value;
    }
}
