package io.trustmark.membership.domain.reading;

import io.trustmark.membership.domain.ThaiBank;

/** What was read from a passbook's first page; either may be null. */
public record PassbookReading(String accountName, ThaiBank bank) {}
