package io.trustmark.membership.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.infrastructure.AccountRepository;
import io.trustmark.document.application.DocumentIntake;
import io.trustmark.document.application.DocumentVault;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.membership.domain.Consent;
import io.trustmark.membership.domain.RequestAlreadyDecidedException;
import io.trustmark.membership.domain.Tier;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.notification.application.Mailer;
import io.trustmark.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member's side of verification: sending a request and withdrawing it. Everything a request needs is
 * checked before anything is written, and everything is written in one transaction, so a refused
 * request leaves nothing behind.
 */
@ApplicationScoped
public class MembershipService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    DocumentIntake intake;

    @Inject
    DocumentVault vault;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.privacy.notice-version", defaultValue = "2026-11")
    String noticeVersion;

    @Inject
    @ConfigProperty(name = "trustmark.review.expected-hours", defaultValue = "24")
    int expectedHours;

    public String noticeVersion() {
        return noticeVersion;
    }

    public int expectedHours() {
        return expectedHours;
    }

    /** The member's latest request, open or decided. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VerificationRequest> latest(String username) {
        return em.createQuery("""
                        select r from VerificationRequest r
                        where r.account.username = :u order by r.submittedAt desc, r.id desc""", VerificationRequest.class)
                .setParameter("u", Account.normalizeUsername(username))
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Checks that the number typed from the card is a valid national ID and the one the member
     * registered with.
     */
    public static NationalIdNumber checkTypedNumber(Account account, String typed) {
        var number = NationalIdNumber.parse(typed);
        if (!number.digits().equals(account.getIdNumber())) {
            throw new UpgradeRefusedException("verify.number.mismatch");
        }
        return number;
    }

    @Transactional
    public VerificationRequest applyForCitizen(String username, CitizenApplication application) {
        var account = accounts.byUsername(username).orElseThrow();
        if (!account.mayPost()) {
            throw new UpgradeRefusedException("verify.emailNotConfirmed");
        }
        if (!account.isThai()) {
            throw new UpgradeRefusedException("verify.notThai");
        }
        if (account.isIdVerified()) {
            throw new UpgradeRefusedException("verify.alreadyCitizen");
        }
        if (!application.consent()) {
            throw new UpgradeRefusedException("verify.consent.required");
        }
        if (latest(username).filter(r -> r.getStatus().open()).isPresent()) {
            throw new UpgradeRefusedException("verify.alreadyOpen");
        }
        if (!vault.accepting()) {
            throw new UpgradeRefusedException("verify.unavailable");
        }
        var number = checkTypedNumber(account, application.typedNumber());
        var image = intake.sanitize(application.image());

        var now = Instant.now(clock);
        var consent = new Consent(account.getId(), Consent.IDENTITY_VERIFICATION, noticeVersion, now);
        em.persist(consent);
        var request = new VerificationRequest(account, Tier.CITIZEN, number.digits(), consent.getId(), now);
        em.persist(request);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // The unique open_account_id: another request of this member was submitted at the same moment.
            throw new UpgradeRefusedException("verify.alreadyOpen");
        }
        vault.store(request.getId(), account.getId(), DocumentKind.ID_CARD_FRONT, image);
        audit.record(account.getId(), AuditLog.REQUEST_SUBMITTED, "REQUEST", request.getId(), Tier.CITIZEN.name());
        mailer.queue(account.getEmail(), application.locale(), "received", account.getUsername(), expectedHours);
        return request;
    }

    /** Withdraws the member's open request; the uploaded image is erased at once. */
    @Transactional
    public void withdraw(String username, Locale locale) {
        var request = latest(username).filter(r -> r.getStatus().open())
                .orElseThrow(() -> new UpgradeRefusedException("verify.nothingToWithdraw"));
        try {
            request.withdraw(Instant.now(clock));
        } catch (RequestAlreadyDecidedException e) {
            throw new UpgradeRefusedException("verify.nothingToWithdraw");
        }
        vault.purgeForRequest(request.getId());
        audit.record(request.getAccount().getId(), AuditLog.REQUEST_WITHDRAWN, "REQUEST", request.getId(), null);
    }
}
