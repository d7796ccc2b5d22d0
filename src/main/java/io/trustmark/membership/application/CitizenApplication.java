package io.trustmark.membership.application;

import java.util.Locale;

/** What a member sends to become a Citizen: consent, the card's number as printed, and the image. */
public record CitizenApplication(boolean consent, String typedNumber, byte[] image, Locale locale) {
}
