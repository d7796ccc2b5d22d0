package io.trustmark.membership.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Tier;
import io.trustmark.membership.domain.Consent;
import io.trustmark.membership.domain.ThaIdIdentity;
import io.trustmark.membership.domain.ThaIdRule;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The decision on a ThaID sign-in (issue 17): whether the member may become a Citizen now is
 * {@link EligibilityService}'s rule, asked before the member leaves for ThaID and again here, so a final
 * refusal or a cool-down is never bypassed; then {@link ThaIdRule}: the token's {@code pid} equals the
 * registered number at the required assurance level &rarr; a Citizen request approved at once (the green C),
 * with ThaID's names as the verified identity, an audit row and the usual mail through the outbox. A
 * different {@code pid} changes no tier and is recorded for the admins (it may be someone else's ThaID).
 */
@ApplicationScoped
public class ThaIdVerification {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    EligibilityService eligibilities;

    @Inject
    AuditLog audit;

    @Inject
    RequestMails mails;

    @Inject
    MembershipService membership;

    @Inject
    Event<ThaIdVerified> verified;

    @Inject
    Clock clock;

    /** ThaID's identity assurance level the forum requires (ETDA's levels: 2.3 is proofed against the card). */
    @Inject
    @ConfigProperty(name = "trustmark.thaid.minimum-ial", defaultValue = "2.3")
    String minimumIal;

    /**
     * Refuses with {@link UpgradeRefusedException} when {@code username} may not become a Citizen now (the same
     * rule as the wizard's), so nobody is sent to ThaID for nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkMayStart(String username) {
        eligibilities.check(accounts.byUsername(username).orElseThrow(), Tier.CITIZEN);
    }

    /**
     * Decides on what ThaID asserted for {@code username}. A refusal of eligibility throws (nothing stored); a
     * different number or a level too low is an outcome, so that its audit row is kept.
     */
    @Transactional
    public ThaIdRule.Outcome conclude(String username, ThaIdIdentity identity) {
        var account = accounts.byUsername(username).orElseThrow();
        eligibilities.check(account, Tier.CITIZEN);
        var outcome = ThaIdRule.judge(account, identity, new BigDecimal(minimumIal.strip()));
        switch (outcome) {
            case VERIFIED -> verify(account, identity);
            case PID_DIFFERS ->
                // The number itself is not recorded: it may be another person's.
                audit.record(
                        account.getId(),
                        MembershipAudit.THAID_PID_DIFFERS,
                        MembershipAudit.Subject.ACCOUNT,
                        account.getId(),
                        null);
            case IAL_TOO_LOW ->
                audit.record(
                        account.getId(),
                        MembershipAudit.THAID_IAL_TOO_LOW,
                        MembershipAudit.Subject.ACCOUNT,
                        account.getId(),
                        identity.ial() == null
                                ? "ial=none"
                                : "ial=" + identity.ial().toPlainString());
        }
        return outcome;
    }

    private void verify(Account account, ThaIdIdentity identity) {
        var now = Instant.now(clock);
        var tierBefore = account.getTier();
        var consent = new Consent(account.getId(), Consent.IDENTITY_VERIFICATION, membership.noticeVersion(), now);
        em.persist(consent);
        var request = VerificationRequest.verifiedByThaId(account, identity, consent.getId(), now);
        em.persist(request);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new UpgradeRefusedException("verify.alreadyOpen");
        }
        account.markIdVerified(request.getId(), now);
        if (account.getTier() != tierBefore) {
            verified.fire(new ThaIdVerified(account.getId(), request.getId(), tierBefore, account.getTier(), now));
        }
        audit.record(
                account.getId(),
                MembershipAudit.THAID_VERIFIED,
                MembershipAudit.Subject.REQUEST,
                request.getId(),
                Tier.CITIZEN.name());
        mails.send(request, "thaid.verified");
    }
}
