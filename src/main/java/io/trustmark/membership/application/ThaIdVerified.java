package io.trustmark.membership.application;

import io.trustmark.account.domain.Tier;
import java.time.Instant;

/**
 * Fired synchronously inside the transaction in which ThaID made a member a Citizen, after the request is
 * written. The review workbench, which keeps every tier change but which this feature may not know, records
 * the raise in the same transaction, so the member's history never misses it.
 */
public record ThaIdVerified(Long accountId, Long requestId, Tier from, Tier to, Instant at) {}
