package io.trustmark.api.application;

/**
 * Fired (CDI event) each time the rate limit refuses an API request with 429; operations counts them.
 *
 * @param withKey the client sent an API key (partner forum) rather than being counted by address
 */
public record ApiRateLimited(boolean withKey) {}
