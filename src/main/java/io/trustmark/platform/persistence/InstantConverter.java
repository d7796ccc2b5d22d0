package io.trustmark.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant}s in {@code TIMESTAMP WITH TIME ZONE} columns. EclipseLink 4.0 does not map
 * Instant itself (it would serialise it to bytes); OffsetDateTime in UTC is the JDBC type that both H2
 * and PostgreSQL bind exactly, whatever the time zone of the JVM or the database session.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
