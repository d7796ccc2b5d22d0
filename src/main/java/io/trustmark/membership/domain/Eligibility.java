package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link EligibilityPolicy} found for one member at one moment: each tier above theirs, whether they may
 * request it now and, if not, why; and which documents they may no longer send.
 *
 * @param options         the tiers above the member's, lowest first; empty for a Trusted member
 * @param barred  the documents a final refusal (not lifted) took out of every path, each with the refusal
 *                to show when one is offered again
 * @param liftable whether an admin's lift would change anything: a barred document, a misuse cool-down, or a
 *                 tier with no attempts left (whatever the options say, e.g. while a request is open)
 */
public record Eligibility(List<Option> options, Map<DocumentKind, Refusal> barred, boolean liftable) {

    public Eligibility {
        options = List.copyOf(options);
        barred = Map.copyOf(barred);
    }

    public Set<DocumentKind> barredDocuments() {
        return barred.keySet();
    }

    /** Why something is not possible: a message key and the values for its placeholders. */
    public record Refusal(String messageKey, List<Object> args) {

        public Refusal {
            Objects.requireNonNull(messageKey);
            args = List.copyOf(args);
        }

        public static Refusal of(String messageKey, Object... args) {
            return new Refusal(messageKey, List.of(args));
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }

    /** One tier: {@code refusal} is null when the member may request it now. */
    public record Option(Tier tier, Refusal refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }

    /** The tiers the member may request now, lowest first. */
    public List<Tier> allowed() {
        return options.stream().filter(Option::allowed).map(Option::tier).toList();
    }

    public boolean anyAllowed() {
        return options.stream().anyMatch(Option::allowed);
    }

    /** Why {@code tier} may not be requested now; empty when it may. */
    public Optional<Refusal> refusal(Tier tier) {
        return options.stream()
                .filter(o -> o.tier() == tier)
                .findFirst()
                .map(o -> Optional.ofNullable(o.refusal()))
                .orElseGet(() -> Optional.of(Refusal.of(
                        tier == Tier.TRUSTED || tier == null ? "verify.alreadyTrusted" : "verify.alreadyCitizen")));
    }

    /**
     * The path to an allowed {@code tier}: what it needs, with the identity documents a final refusal barred
     * left out.
     *
     * @throws IllegalArgumentException when {@code tier} is not allowed
     */
    public UpgradePath path(Account member, Tier tier) {
        refusal(tier).ifPresent(r -> {
            throw new IllegalArgumentException(r.messageKey());
        });
        return UpgradePath.of(member, tier, barredDocuments());
    }
}
