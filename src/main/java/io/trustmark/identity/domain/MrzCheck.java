package io.trustmark.identity.domain;

import java.util.Objects;

/**
 * The outcome of one ICAO 9303 check digit of a passport's machine-readable zone. A failing
 * check means a misread or a forged zone; the reviewer is shown which field it was.
 *
 * @param field one of {@link #DOCUMENT_NUMBER}, {@link #BIRTH_DATE}, {@link #EXPIRY_DATE},
 *              {@link #PERSONAL_NUMBER}, {@link #COMPOSITE}
 */
public record MrzCheck(String field, boolean passes) {

    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String BIRTH_DATE = "birthDate";
    public static final String EXPIRY_DATE = "expiryDate";
    public static final String PERSONAL_NUMBER = "personalNumber";
    public static final String COMPOSITE = "composite";

    public MrzCheck {
        Objects.requireNonNull(field, "field");
    }

    /** "check digit of the … matches / does not match", as a bundle key without arguments. */
    public Explanation explanation() {
        return Explanation.of("check.mrz." + field + (passes ? ".passes" : ".fails"));
    }
}
