package io.trustmark.forum.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column values of native queries, whose Java types depend on the JDBC driver (H2 and PostgreSQL differ). */
final class Columns {

    private Columns() {}

    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalArgumentException("not a point in time: " + value.getClass());
    }
}
