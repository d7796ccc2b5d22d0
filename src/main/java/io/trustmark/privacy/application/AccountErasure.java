package io.trustmark.privacy.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.application.ErasedAccounts;
import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.DocumentRetention;
import io.trustmark.membership.application.MembershipAudit;
import io.trustmark.membership.application.MembershipService;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.domain.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Erase my account" (PDPA s.33), in one transaction: it all goes or nothing does. What stays is what the privacy
 * notice says (docs/privacy.md): the account row as a tombstone named only by its id ("deleted member"), to which
 * the audit trail, decision outcomes, tier history, consents and posts still point; the keyed fingerprint of the ID
 * number for {@code trustmark.privacy.keep-id-hash-days}; the erased images' sizes and hashes. Nothing readable.
 * <p>
 * The audit trail is append-only and hash-chained, so erasure never touches it: its rows name people by account id
 * only and hold no name, address, number or free text (a duplicate sign-up's username and address are keyed
 * pseudonyms), so the tombstone is all that is needed. The other features' tables are cleared here, by column,
 * because erasure is one rule that cuts across all of them and must stay in one place.
 */
@ApplicationScoped
public class AccountErasure {

    /** Free text other people wrote about the member (reasons, notes): emptied, the codes and outcomes stay. */
    private static final List<String> STATEMENTS = List.of(
            // Tokens of the phone hand-off, what machine reading found, the automatic checks (they quote numbers
            // and names) and claims: nothing in them is an outcome.
            "DELETE FROM document_handoff WHERE owner_id = ?1",
            "DELETE FROM document_reading WHERE owner_id = ?1",
            // The face aid's sealed crops of the member's face and card portrait.
            "DELETE FROM face_comparison WHERE owner_id = ?1",
            "DELETE FROM request_check WHERE request_id IN (SELECT id FROM verification_request WHERE account_id = ?1)",
            "DELETE FROM review_claim WHERE request_id IN (SELECT id FROM verification_request WHERE account_id = ?1)",
            "UPDATE review_decision SET free_text = NULL, staff_note = NULL"
                    + " WHERE request_id IN (SELECT id FROM verification_request WHERE account_id = ?1)",
            // What the member typed from their documents; status, tier, dates and the reason code stay.
            "UPDATE verification_request SET typed_number = NULL, typed_number_index = NULL, document_number = NULL,"
                    + " name_th_title = NULL, name_th_given = NULL, name_th_surname = NULL, name_en_title = NULL,"
                    + " name_en_given = NULL, name_en_surname = NULL, document_expiry = NULL,"
                    + " passbook_account_name = NULL, passbook_bank = NULL, decision_reason = NULL"
                    + " WHERE account_id = ?1",
            "UPDATE tier_change SET reason_text = NULL WHERE account_id = ?1",
            "UPDATE eligibility_lift SET note = '-' WHERE account_id = ?1");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    ErasedAccounts erasedAccounts;

    @Inject
    MembershipService membership;

    @Inject
    DocumentRetention documents;

    @Inject
    DocumentDrafts drafts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.privacy.keep-id-hash-days", defaultValue = "365")
    int keepIdHashDays;

    /**
     * Erases the member's account; the caller has checked the password.
     *
     * @throws RefusedException {@code privacy.erase.admin} for an admin (staff accounts are closed by the
     *     operators: their names are the accountability of the audit trail)
     */
    @Transactional
    public void erase(Long accountId) {
        var account = accounts.get(accountId);
        if (account == null || account.isErased()) {
            return;
        }
        if (account.isAdmin()) {
            throw new RefusedException("privacy.erase.admin");
        }
        // A request waiting for review ends as withdrawn (its images go at once); the reviewers see why.
        var open = membership
                .latest(account.getUsername())
                .filter(r -> r.getStatus().open());
        if (open.isPresent()) {
            membership.withdraw(account.getUsername(), account.locale());
            audit.record(
                    accountId,
                    PrivacyAudit.WITHDRAWN_BY_ERASURE,
                    MembershipAudit.Subject.REQUEST,
                    open.get().getId(),
                    null);
        }
        @SuppressWarnings("unchecked")
        List<Number> requests = em.createNativeQuery("SELECT id FROM verification_request WHERE account_id = ?")
                .setParameter(1, accountId)
                .getResultList();
        documents.eraseForRequests(requests.stream().map(Number::longValue).toList(), "account erased");
        drafts.discard(accountId);
        em.flush();
        for (var statement : STATEMENTS) {
            em.createNativeQuery(statement.replace("?1", "?"))
                    .setParameter(1, accountId)
                    .executeUpdate();
        }
        // Mails not yet sent, and the copies of sent ones: they carry the address, the username and links.
        em.createNativeQuery("DELETE FROM outbox_mail WHERE recipient = ?")
                .setParameter(1, account.getEmail())
                .executeUpdate();
        erasedAccounts.erase(account, keepIdHashDays > 0);
        audit.record(
                accountId,
                PrivacyAudit.ACCOUNT_ERASED,
                PrivacyAudit.Subject.ACCOUNT,
                accountId,
                keepIdHashDays > 0 ? "id fingerprint kept " + keepIdHashDays + " days" : null);
    }

    public int keepIdHashDays() {
        return Math.max(0, keepIdHashDays);
    }

    /** Empties the fingerprints kept longer than the configured days; returns how many (the housekeeping job). */
    public int forgetExpiredIdFingerprints() {
        var cutoff = Instant.now(clock).minus(Duration.ofDays(Math.max(0, keepIdHashDays)));
        return erasedAccounts.forgetIdFingerprints(cutoff);
    }
}
