package io.trustmark.membership.application;

import io.trustmark.account.domain.Account;
import io.trustmark.membership.domain.NextStep;
import io.trustmark.membership.domain.RequestProgress;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a member's verification stands: their requests with what happened to each, the promised
 * answer time, and what to do next. Read by the status page and by {@link RequestMails}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MembershipQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    EligibilityService eligibilities;

    @Inject
    Clock clock;

    /** How soon an admin answers a request: promised to members, and what the review queue works to. */
    @Inject
    @ConfigProperty(name = "trustmark.review.sla-hours", defaultValue = "24")
    int slaHours;

    public int slaHours() {
        return slaHours;
    }

    /** The member's requests, newest first. */
    public List<RequestProgress> history(Account account) {
        var requests = em.createQuery("""
                        select r from VerificationRequest r where r.account = :a
                        order by r.submittedAt, r.id""", VerificationRequest.class)
                .setParameter("a", account)
                .getResultList();
        var history = new ArrayList<RequestProgress>();
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            history.add(RequestProgress.of(
                    request,
                    RequestProgress.resubmits(request, requests.subList(0, i)),
                    claimedAt(request),
                    answerTime()));
        }
        Collections.reverse(history);
        return history;
    }

    /** One request, as its member follows it. */
    public RequestProgress progress(VerificationRequest request) {
        // Not "submittedAt < t" alone: the database keeps fewer fractional digits than Instant, so the
        // request itself could count as earlier than its own time.
        var earlier = em.createQuery("""
                        select r from VerificationRequest r
                        where r.account = :a and r <> :self and r.submittedAt <= :t""", VerificationRequest.class)
                .setParameter("a", request.getAccount())
                .setParameter("self", request)
                .setParameter("t", request.getSubmittedAt())
                .getResultList();
        return RequestProgress.of(
                request, RequestProgress.resubmits(request, earlier), claimedAt(request), answerTime());
    }

    /**
     * Since when an admin holds the open request. Read from the review workbench's claim table directly,
     * because the review feature depends on this one and not the other way round.
     */
    private Instant claimedAt(VerificationRequest request) {
        if (!request.getStatus().open() || request.getId() == null) {
            return null;
        }
        List<?> claimed = em.createNativeQuery(
                        "select claimed_at from review_claim where request_id = ?1 and expires_at > ?2")
                .setParameter(1, request.getId())
                .setParameter(2, Instant.now(clock).atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
        return claimed.isEmpty() ? null : instant(claimed.get(0));
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalStateException("claimed_at read as " + value.getClass());
    }

    /** What the member should do next; held back, with the reason, where eligibility says not now. */
    public NextStep.Advice next(Account account) {
        return NextStep.advise(account, latest(account.getUsername()), eligibilities.of(account));
    }

    /** The advice in words, for the status page and the mails. */
    public static String text(NextStep.Advice advice, Locale locale) {
        if (advice.step() != NextStep.NOT_NOW) {
            return Texts.text(locale, "progress.next." + advice.step().name());
        }
        return Texts.text(
                locale,
                "progress.next.NOT_NOW",
                Texts.text(locale, "tier." + advice.tier().name()),
                Texts.text(locale, advice.why().messageKey(), advice.why().argArray()));
    }

    /** The member's newest request, whatever its status. */
    public Optional<VerificationRequest> latest(String username) {
        return em.createQuery("""
                        select r from VerificationRequest r
                        where r.account.username = :u order by r.submittedAt desc, r.id desc""", VerificationRequest.class)
                .setParameter("u", Account.normalizeUsername(username))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Duration answerTime() {
        return Duration.ofHours(slaHours);
    }
}
