package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.Eligibility.Option;
import io.trustmark.membership.domain.Eligibility.Refusal;
import io.trustmark.membership.domain.EligibilityHistory.Downgrade;
import io.trustmark.membership.domain.EligibilityHistory.PastRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may request which tier now, given their whole history: the one place this rule lives. The wizard's
 * first steps, the submission, the review page and the approval all ask it, so a member is told at the start
 * what the submission would refuse, and a reviewer cannot approve what the member could not have sent.
 * <ul>
 * <li>The tiers above the member's (Citizen only with a Thai ID card and before the ID is verified), after
 *     the e-mail address is confirmed and while no request is open.</li>
 * <li>A final refusal ({@link RequestStatus#REJECTED}) bars every document that request carried, on every
 *     path: we do not know which of them the reviewer found wrong, and a card refused as altered must not
 *     come back inside a Trusted request. A downgrade because a verified document turned out invalid
 *     ({@link #DOCUMENT_INVALID}) bars the identity documents the earlier approvals accepted. A path is closed
 *     when a document it needs is barred; a Trusted path that may use either the card or the passport stays
 *     open with the one not barred.</li>
 * <li>A downgrade for misuse ({@link #MISUSE}) closes every path for a cool-down.</li>
 * <li>Each tier allows {@code maxAttempts} requests sent back to be fixed or still open; withdrawn ones do not
 *     count.</li>
 * <li>An admin's lift forgives everything that happened before it (refusals, downgrades, attempts).</li>
 * </ul>
 *
 * @param maxAttempts    requests per tier that may be sent back (or be open) before the tier closes
 * @param misuseCooldown how long a downgrade for misuse closes every path
 */
public record EligibilityPolicy(int maxAttempts, Duration misuseCooldown) {

    /** The listed tier reason (review's reason list) for a misused verified status. */
    public static final String MISUSE = "MISUSE";
    /** The listed tier reason for a verified document that turned out invalid. */
    public static final String DOCUMENT_INVALID = "DOCUMENT_INVALID";

    public static final String NO_ATTEMPTS_LEFT = "review.submit.noAttemptsLeft";
    /** Followed by the document kind's name: {@code eligibility.documentRefused.ID_CARD_FRONT}. */
    public static final String DOCUMENT_REFUSED = "eligibility.documentRefused";

    public static final String COOLDOWN = "eligibility.cooldown";

    private static final Set<DocumentKind> IDENTITY =
            EnumSet.of(DocumentKind.ID_CARD_FRONT, DocumentKind.PASSPORT_PAGE);

    public EligibilityPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt: " + maxAttempts);
        }
        if (misuseCooldown == null || misuseCooldown.isNegative()) {
            throw new IllegalArgumentException("A cool-down of zero or more: " + misuseCooldown);
        }
    }

    /** What {@code member} may request at {@code now}. */
    public Eligibility judge(Account member, EligibilityHistory history, Instant now) {
        var barred = barredDocuments(history);
        var options = new ArrayList<Option>();
        for (var tier : candidates(member)) {
            options.add(
                    new Option(tier, refusal(member, history, tier, barred, now).orElse(null)));
        }
        var refusals = new EnumMap<DocumentKind, Refusal>(DocumentKind.class);
        barred.forEach(kind -> refusals.put(kind, documentRefused(history, kind)));
        var liftable = !barred.isEmpty()
                || cooldown(history, now).isPresent()
                || EnumSet.of(Tier.CITIZEN, Tier.TRUSTED).stream().anyMatch(t -> attemptsLeft(history, t) == 0);
        return new Eligibility(options, refusals, liftable);
    }

    /**
     * What holds against a request already sent (submitted before a refusal or downgrade, or before this rule
     * existed): a barred document it carries, or a misuse cool-down. Approving it is refused; the reviewer
     * sees why.
     */
    public Optional<Refusal> barAgainst(VerificationRequest request, EligibilityHistory history, Instant now) {
        var others = history.without(request.getId());
        var cooldown = cooldown(others, now);
        if (cooldown.isPresent()) {
            return cooldown;
        }
        var barred = barredDocuments(others);
        return request.documents().stream()
                .filter(barred::contains)
                .findFirst()
                .map(kind -> documentRefused(others, kind));
    }

    /** How many more requests the member may send for {@code tier} after these (an open one counts). */
    public int attemptsLeft(EligibilityHistory history, Tier tier) {
        long used = history.requests().stream()
                .filter(r -> r.tier() == tier)
                .filter(r -> r.status() == RequestStatus.RESUBMIT || r.status() == RequestStatus.SUBMITTED)
                .filter(r -> history.counts(r.submittedAt()))
                .count();
        return (int) Math.max(0, maxAttempts - used);
    }

    /** The tiers above the member's; Citizen also for a non-Thai member, to tell them why not. */
    private static Set<Tier> candidates(Account member) {
        var tiers = EnumSet.noneOf(Tier.class);
        if (member.getTier() == Tier.REGISTERED && !member.isIdVerified()) {
            tiers.add(Tier.CITIZEN);
        }
        if (member.getTier() != Tier.TRUSTED) {
            tiers.add(Tier.TRUSTED);
        }
        return tiers;
    }

    private Optional<Refusal> refusal(
            Account member, EligibilityHistory history, Tier tier, Set<DocumentKind> barred, Instant now) {
        if (!member.mayPost()) {
            return Optional.of(Refusal.of("verify.emailNotConfirmed"));
        }
        if (history.requests().stream().anyMatch(r -> r.status().open())) {
            return Optional.of(Refusal.of("verify.alreadyOpen"));
        }
        if (tier == Tier.CITIZEN && !member.isThai()) {
            return Optional.of(Refusal.of("verify.notThai"));
        }
        var cooldown = cooldown(history, now);
        if (cooldown.isPresent()) {
            return cooldown;
        }
        var path = UpgradePath.of(member, tier, barred);
        var needed = new ArrayList<>(path.documents(null));
        if (!path.needsIdentityDocument() && !member.isIdVerified()) {
            // Every identity document this path could take is barred.
            return Optional.of(documentRefused(
                    history,
                    UpgradePath.of(member, tier, Set.of()).identityDocuments().get(0)));
        }
        var blocked = needed.stream().filter(barred::contains).findFirst();
        if (blocked.isPresent()) {
            return Optional.of(documentRefused(history, blocked.get()));
        }
        if (attemptsLeft(history, tier) == 0) {
            return Optional.of(Refusal.of(NO_ATTEMPTS_LEFT));
        }
        return Optional.empty();
    }

    private Optional<Refusal> cooldown(EligibilityHistory history, Instant now) {
        return history.downgrades().stream()
                .filter(d -> MISUSE.equals(d.reasonCode()))
                .filter(d -> history.counts(d.at()))
                .map(d -> d.at().plus(misuseCooldown))
                .max(Comparator.naturalOrder())
                .filter(until -> now.isBefore(until))
                .map(until -> Refusal.of(COOLDOWN, until));
    }

    /** The documents no path may take again, after the latest lift. */
    static Set<DocumentKind> barredDocuments(EligibilityHistory history) {
        var barred = EnumSet.noneOf(DocumentKind.class);
        for (var request : history.requests()) {
            if (request.status() == RequestStatus.REJECTED && history.counts(request.decidedAt())) {
                barred.addAll(request.documents());
            }
        }
        for (var downgrade : history.downgrades()) {
            if (DOCUMENT_INVALID.equals(downgrade.reasonCode()) && history.counts(downgrade.at())) {
                history.requests().stream()
                        .filter(r -> r.status() == RequestStatus.APPROVED)
                        .filter(r -> r.decidedAt() != null && !r.decidedAt().isAfter(downgrade.at()))
                        .flatMap(r -> r.documents().stream())
                        .filter(IDENTITY::contains)
                        .forEach(barred::add);
            }
        }
        return barred;
    }

    /** The refusal naming when {@code kind} was refused (or declared invalid), for the member and the reviewer. */
    private static Refusal documentRefused(EligibilityHistory history, DocumentKind kind) {
        var when = history.requests().stream()
                .filter(r ->
                        r.status() == RequestStatus.REJECTED && r.documents().contains(kind))
                .map(PastRequest::decidedAt)
                .filter(history::counts)
                .max(Comparator.naturalOrder());
        var invalid = history.downgrades().stream()
                .filter(d -> DOCUMENT_INVALID.equals(d.reasonCode()))
                .map(Downgrade::at)
                .filter(history::counts)
                .max(Comparator.naturalOrder());
        var at = when.or(() -> invalid).orElse(null);
        return Refusal.of(DOCUMENT_REFUSED + "." + kind.name(), at);
    }
}
