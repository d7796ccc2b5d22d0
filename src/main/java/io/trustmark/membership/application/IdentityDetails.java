package io.trustmark.membership.application;

import io.trustmark.document.domain.DocumentKind;
import java.time.LocalDate;

/**
 * What the member types from their ID card or passport, as printed.
 *
 * @param document       ID_CARD_FRONT or PASSPORT_PAGE
 * @param number         the 13-digit ID number (on a Thai passport: its personal number); for members who
 *                       registered with a passport, the passport number
 * @param passportNumber a Thai member's passport number (passport path only)
 */
public record IdentityDetails(
        DocumentKind document,
        String number,
        String passportNumber,
        String thaiTitle,
        String thaiGiven,
        String thaiSurname,
        String englishTitle,
        String englishGiven,
        String englishSurname,
        LocalDate expiry) {}
