package io.trustmark.membership.application;

import io.trustmark.account.application.IdNumberProtection;
import io.trustmark.account.domain.Account;
import io.trustmark.document.application.SameImages;
import io.trustmark.document.application.SameImages.SameImage;
import io.trustmark.membership.domain.CheckCode;
import io.trustmark.membership.domain.CheckOutcome;
import io.trustmark.membership.domain.CheckReason;
import io.trustmark.membership.domain.CheckResult;
import io.trustmark.membership.domain.RequestCheck;
import io.trustmark.membership.domain.VerificationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Flags a submitted request whose pictures were already sent by another account (the document store's
 * {@link SameImages} says which), and whose ID number another account's request carries. One person behind
 * several accounts, or a stolen card photo, shows up this way. The reviewer decides; the flag links the
 * other request.
 */
@ApplicationScoped
public class ReuseChecks {

    @PersistenceContext
    EntityManager em;

    @Inject
    SameImages sameImages;

    @Inject
    IdNumberProtection idNumbers;

    @Inject
    Clock clock;

    /** Runs in the submitting transaction, so the request is never seen without these checks. */
    void onSubmitted(@Observes RequestSubmitted submitted) {
        var now = Instant.now(clock);
        em.persist(new RequestCheck(
                submitted.requestId(), imageReuse(sameImages.sentByOthers(submitted.requestId())), now));
        em.persist(new RequestCheck(submitted.requestId(), duplicateId(submitted.requestId()), now));
    }

    private CheckResult imageReuse(List<SameImage> matches) {
        if (matches.isEmpty()) {
            return CheckResult.of(CheckCode.IMAGE_REUSE, CheckOutcome.PASS, CheckReason.of("check.imageReuse.none"));
        }
        var reasons = matches.stream()
                .map(m -> m.identical()
                        ? CheckReason.of("check.imageReuse.identical", m.otherRequestId(), username(m.otherOwnerId()))
                        : CheckReason.of(
                                "check.imageReuse.near", m.otherRequestId(), username(m.otherOwnerId()), m.distance()))
                .distinct()
                .toList();
        return new CheckResult(CheckCode.IMAGE_REUSE, CheckOutcome.NEEDS_REVIEW, reasons);
    }

    private CheckResult duplicateId(Long requestId) {
        var request = em.find(VerificationRequest.class, requestId);
        var others = em.createQuery("""
                        select r from VerificationRequest r
                        where r.typedNumberIndex in :n and r.account.id <> :a order by r.id""", VerificationRequest.class)
                .setParameter("n", idNumbers.fingerprints(request.getTypedNumber()))
                .setParameter("a", request.getAccount().getId())
                .setMaxResults(20)
                .getResultList();
        if (others.isEmpty()) {
            return CheckResult.of(CheckCode.DUPLICATE_ID, CheckOutcome.PASS, CheckReason.of("check.duplicateId.none"));
        }
        return new CheckResult(
                CheckCode.DUPLICATE_ID,
                CheckOutcome.NEEDS_REVIEW,
                others.stream()
                        .map(r -> CheckReason.of(
                                "check.duplicateId.found",
                                r.getId(),
                                r.getAccount().getUsername()))
                        .toList());
    }

    private String username(Long accountId) {
        var account = em.find(Account.class, accountId);
        return account == null ? "?" : account.getUsername();
    }
}
