package io.trustmark.account.application;

import java.util.Locale;

/**
 * What a person types to sign up. {@code idNumber} is the 13-digit national ID for Thai members and
 * the passport number for everyone else, as typed; the service folds and checks it.
 */
public record SignUp(
        String username, String email, String password, String nationality, String idNumber, Locale locale) {}
