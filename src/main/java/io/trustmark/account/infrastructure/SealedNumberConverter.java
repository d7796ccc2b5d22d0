package io.trustmark.account.infrastructure;

import io.trustmark.account.application.IdNumberProtection;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;

/**
 * Seals an ID or passport number on its way into a column and opens it on its way out, so the entities (and the
 * rules in the domain that compare numbers) keep working with the plain number while the database holds none.
 * Each subclass names its column: the name is bound into the ciphertext, so a value copied to another column
 * does not open. The converters are attached in META-INF/orm.xml, not by annotations, because the entities
 * live in plain domain packages that must not know this class.
 * <p>
 * Each subclass names {@link AttributeConverter} again: EclipseLink reads the converted types from the class's own
 * interfaces and does not look through a superclass.
 * <p>
 * Queries cannot compare a sealed column (each sealing uses a fresh nonce): they compare the fingerprint
 * columns instead ({@link IdNumberProtection#fingerprints}).
 */
public abstract class SealedNumberConverter implements AttributeConverter<String, String> {

    private final String context;

    protected SealedNumberConverter(String context) {
        this.context = context;
    }

    @Override
    public String convertToDatabaseColumn(String number) {
        return number == null ? null : protection().seal(number, context);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        return sealed == null ? null : protection().open(sealed, context);
    }

    // Looked up, not injected: JPA creates converters itself, and whether it injects them differs by provider.
    private static IdNumberProtection protection() {
        return CDI.current().select(IdNumberProtection.class).get();
    }

    /** account.id_number_sealed: the registered number. */
    public static final class AccountIdNumber extends SealedNumberConverter
            implements AttributeConverter<String, String> {
        public static final String CONTEXT = "account.id_number";

        public AccountIdNumber() {
            super(CONTEXT);
        }
    }

    /** verification_request.typed_number: the number compared with the registered one. */
    public static final class TypedNumber extends SealedNumberConverter implements AttributeConverter<String, String> {
        public static final String CONTEXT = "verification_request.typed_number";

        public TypedNumber() {
            super(CONTEXT);
        }
    }

    /** verification_request.document_number: the card's or the passport's own number. */
    public static final class DocumentNumber extends SealedNumberConverter
            implements AttributeConverter<String, String> {
        public static final String CONTEXT = "verification_request.document_number";

        public DocumentNumber() {
            super(CONTEXT);
        }
    }

    /** document_reading.id_number: the number machine reading found on the card or passport page. */
    public static final class ReadNumber extends SealedNumberConverter implements AttributeConverter<String, String> {
        public static final String CONTEXT = "document_reading.id_number";

        public ReadNumber() {
            super(CONTEXT);
        }
    }
}
