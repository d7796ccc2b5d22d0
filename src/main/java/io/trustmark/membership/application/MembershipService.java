package io.trustmark.membership.application;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.application.IdNumberProtection;
import io.trustmark.account.domain.Account;
import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.DocumentRetention;
import io.trustmark.document.application.DocumentSummary;
import io.trustmark.document.application.DocumentVault;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.membership.domain.AutomaticChecks;
import io.trustmark.membership.domain.Consent;
import io.trustmark.membership.domain.PrintedIdentity;
import io.trustmark.membership.domain.RequestAlreadyDecidedException;
import io.trustmark.membership.domain.RequestCheck;
import io.trustmark.membership.domain.ThaiBank;
import io.trustmark.membership.domain.TypedIdentity;
import io.trustmark.membership.domain.UpgradePath;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.membership.domain.reading.ReadingChecks;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member's side of verification: sending a request and withdrawing it. Everything a request needs is
 * checked before anything is written, and everything is written in one transaction, so a refused
 * request leaves nothing behind.
 */
@ApplicationScoped
public class MembershipService {

    /** Cards and passports expire at the end of a Thai calendar day. */
    @PersistenceContext
    EntityManager em;

    @Inject
    IdNumberProtection idNumbers;

    @Inject
    DocumentReadings readings;

    @Inject
    AccountRepository accounts;

    @Inject
    DocumentDrafts drafts;

    @Inject
    Event<RequestSubmitted> submitted;

    @Inject
    DocumentVault vault;

    @Inject
    DocumentRetention retention;

    @Inject
    RequestMails mails;

    @Inject
    AuditLog audit;

    @Inject
    EligibilityService eligibilities;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.privacy.notice-version", defaultValue = "2026-11")
    String noticeVersion;

    @Inject
    MembershipQueries status;

    public String noticeVersion() {
        return noticeVersion;
    }

    public int expectedHours() {
        return status.slaHours();
    }

    /** The member's latest request, open or decided. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VerificationRequest> latest(String username) {
        return status.latest(username);
    }

    /**
     * Submits a request on any path. Everything is checked before anything is written (number, names,
     * expiry, passbook, that every required image was uploaded), and the request, its documents (the
     * member's drafts, attached), the check results and the mail are written in one transaction: a refused
     * submission leaves nothing behind and keeps the drafts for a correction.
     */
    @Transactional
    public VerificationRequest submit(String username, VerificationApplication application) {
        var account = accounts.byUsername(username).orElseThrow();
        if (!application.consent()) {
            throw new UpgradeRefusedException("verify.consent.required", "consent");
        }
        if (application.tier() == null) {
            throw new UpgradeRefusedException("verify.tier.required", "tier");
        }
        // The same rule the wizard showed at its first step; checked again because much can change (or be
        // forged) between the first step and this one.
        var eligibility = eligibilities.check(account, application.tier());
        if (!vault.accepting()) {
            throw new UpgradeRefusedException("verify.unavailable");
        }
        var path = eligibility.path(account, application.tier());
        if (path.needsIdentityDocument() && application.identity() != null) {
            EligibilityService.checkDocument(eligibility, application.identity().document());
        }
        var today = today();
        var printed =
                path.needsIdentityDocument() ? printedIdentity(account, path, application.identity(), today) : null;
        if (path.needsPassbook()) {
            checkPassbook(application);
        }
        var required = path.documents(printed == null ? null : printed.getDocumentKind());
        var draftList = drafts.list(account.getId());
        var uploaded = draftList.stream().map(DocumentSummary::kind).collect(Collectors.toSet());
        var missing = required.stream()
                .filter(k -> !uploaded.contains(k))
                .map(k -> Texts.text(application.locale(), "document.kind." + k))
                .toList();
        if (!missing.isEmpty()) {
            throw new UpgradeRefusedException("verify.documents.missing", "documents", String.join(", ", missing));
        }

        // ocr: a card is not sent before its religion field was blanked (or found not to be locatable). The member
        // stays on the last step (no field), where "send" a moment later goes through.
        var draftIds = draftList.stream().map(DocumentSummary::id).toList();
        if (readings.stillReading(draftIds)) {
            throw new UpgradeRefusedException("verify.reading.pending");
        }

        var now = Instant.now(clock);
        var consent = new Consent(account.getId(), Consent.IDENTITY_VERIFICATION, noticeVersion, now);
        em.persist(consent);
        // The number compared with the registered one: the card's (or a foreign passport's) own number; a Thai
        // passport's personal number and a reused identity were already checked to be the registered number.
        var typedNumber =
                printed == null || (account.isThai() && printed.getDocumentKind() == DocumentKind.PASSPORT_PAGE)
                        ? account.getIdNumber()
                        : printed.getDocumentNumber();
        var request = new VerificationRequest(account, application.tier(), typedNumber, consent.getId(), now);
        request.fingerprintTypedNumber(idNumbers.fingerprint(typedNumber));
        VerificationRequest source = null;
        if (printed != null) {
            request.describeIdentity(printed);
        } else {
            source = account.getIdVerifiedRequestId() == null
                    ? null
                    : em.find(VerificationRequest.class, account.getIdVerifiedRequestId());
            if (source != null) {
                request.reuseIdentityOf(source.getId());
            }
        }
        if (path.needsPassbook()) {
            request.describePassbook(application.passbookAccountName(), application.passbookBank());
        }
        em.persist(request);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // The unique open_account_id: another request of this member was submitted at the same moment.
            throw new UpgradeRefusedException("verify.alreadyOpen");
        }
        drafts.discardExcept(account.getId(), required);
        drafts.attach(account.getId(), request.getId());
        for (var result : AutomaticChecks.run(request, source, today)) {
            em.persist(new RequestCheck(request.getId(), result, now));
        }
        for (var result : ReadingChecks.run(
                account.getIdNumber(),
                printed,
                request.getPassbookAccountName(),
                readings.of(draftIds),
                readings.available())) {
            em.persist(new RequestCheck(request.getId(), result, now));
        }
        submitted.fire(new RequestSubmitted(request.getId(), account.getId()));
        audit.record(
                account.getId(),
                MembershipAudit.REQUEST_SUBMITTED,
                MembershipAudit.Subject.REQUEST,
                request.getId(),
                application.tier().name());
        mails.send(request, "received");
        return request;
    }

    /**
     * Checks what the member typed from the identity document (the number, passport number and expiry by
     * {@link TypedIdentity}, as the wizard's fields do); each refusal names its field.
     */
    public static PrintedIdentity printedIdentity(
            Account account, UpgradePath path, IdentityDetails typed, LocalDate today) {
        if (typed == null
                || typed.document() == null
                || !path.identityDocuments().contains(typed.document())) {
            throw new UpgradeRefusedException("verify.document.required", "document");
        }
        refuse(TypedIdentity.numberRefusal(account, typed.number()), "number");
        if (account.isThai() && typed.document() == DocumentKind.PASSPORT_PAGE) {
            refuse(TypedIdentity.passportNumberRefusal(typed.passportNumber()), "passportNumber");
        }
        var documentNumber =
                TypedIdentity.documentNumber(account, typed.document(), typed.number(), typed.passportNumber());
        if (account.isThai()) {
            required(typed.thaiGiven(), "thaiGiven");
            required(typed.thaiSurname(), "thaiSurname");
        }
        required(typed.englishGiven(), "englishGiven");
        required(typed.englishSurname(), "englishSurname");
        refuse(TypedIdentity.expiryRefusal(typed.expiry(), today), "expiry");
        return new PrintedIdentity(
                typed.document(),
                documentNumber,
                typed.thaiTitle(),
                typed.thaiGiven(),
                typed.thaiSurname(),
                typed.englishTitle(),
                typed.englishGiven(),
                typed.englishSurname(),
                typed.expiry());
    }

    private static void checkPassbook(VerificationApplication application) {
        required(application.passbookAccountName(), "passbookName");
        if (application.passbookBank() == null
                || Arrays.stream(ThaiBank.values()).noneMatch(b -> b.name().equals(application.passbookBank()))) {
            throw new UpgradeRefusedException("verify.bank.required", "passbookBank");
        }
    }

    /** Today in Thailand, where documents expire: the one "today" the wizard and the submission both judge by. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Languages.ZONE));
    }

    /** Citizen &rarr; Trusted: the identity the member's earlier approval verified, if it was recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PrintedIdentity> verifiedIdentity(Account account) {
        return Optional.ofNullable(account.getIdVerifiedRequestId())
                .map(id -> em.find(VerificationRequest.class, id))
                .map(VerificationRequest::getIdentity);
    }

    /** A refusal of the typed identity, beside {@code field}. */
    private static void refuse(Optional<TypedIdentity.Refusal> refusal, String field) {
        refusal.ifPresent(r -> {
            throw new UpgradeRefusedException(r.messageKey(), field, r.arguments());
        });
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UpgradeRefusedException("verify.field.required", field);
        }
    }

    /** Withdraws the member's open request; the uploaded image is erased at once. */
    @Transactional
    public void withdraw(String username, Locale locale) {
        var request = latest(username)
                .filter(r -> r.getStatus().open())
                .orElseThrow(() -> new UpgradeRefusedException("verify.nothingToWithdraw"));
        try {
            request.withdraw(Instant.now(clock));
        } catch (RequestAlreadyDecidedException e) {
            throw new UpgradeRefusedException("verify.nothingToWithdraw");
        }
        retention.eraseForRequest(request.getId());
        drafts.discard(request.getAccount().getId());
        audit.record(
                request.getAccount().getId(),
                MembershipAudit.REQUEST_WITHDRAWN,
                MembershipAudit.Subject.REQUEST,
                request.getId(),
                null);
    }
}
