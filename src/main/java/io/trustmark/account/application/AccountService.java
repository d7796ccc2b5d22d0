package io.trustmark.account.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.EmailConfirmation;
import io.trustmark.account.domain.MailedLink;
import io.trustmark.account.domain.PasswordPolicy;
import io.trustmark.account.domain.Role;
import io.trustmark.account.infrastructure.PasswordHasher;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.identity.domain.PassportNumber;
import io.trustmark.notification.application.Mailer;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.domain.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-up and e-mail confirmation. The checks here are the authority; the sign-up page runs the same
 * domain rules per field only to answer sooner.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,29}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    @Inject
    AccountRepository accounts;

    @Inject
    IdNumberProtection protection;

    @Inject
    PasswordHasher passwords;

    @Inject
    Mailer mailer;

    @Inject
    PasswordResets passwordResets;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "trustmark.account.confirmation-hours", defaultValue = "24")
    int confirmationHours;

    /** The identity number as it is stored: folded digits for Thai IDs, the cleaned passport number otherwise. */
    public static String canonicalIdNumber(String nationality, String typed) {
        return Account.THAI.equals(nationality)
                ? NationalIdNumber.parse(typed).digits()
                : PassportNumber.parse(typed).value();
    }

    public static boolean validUsername(String username) {
        return username != null
                && USERNAME.matcher(Account.normalizeUsername(username)).matches();
    }

    public static boolean validEmail(String email) {
        return email != null
                && email.length() <= 254
                && EMAIL.matcher(email.strip()).matches();
    }

    /**
     * Signs up, or seems to. The page answers "check your mail" whether or not the e-mail address or the ID
     * number already has an account: saying so would confirm that a named person is a member. Instead the
     * owner of the address is told by mail (with a password-reset link), and a taken ID number is recorded
     * for the admins and mailed to its holder. Only a taken username is said: usernames are public.
     *
     * @return the new account, or empty when nothing was created (the duplicate cases above)
     * @throws RefusedException for invalid input and a taken username
     */
    @Transactional
    public Optional<Account> register(SignUp form) {
        if (!validUsername(form.username())) {
            throw new RefusedException("signup.username.invalid");
        }
        if (!validEmail(form.email())) {
            throw new RefusedException("signup.email.invalid");
        }
        PasswordPolicy.standard()
                .violation(form.password(), form.username(), form.email())
                .ifPresent(key -> {
                    throw new RefusedException(key, PasswordPolicy.MIN_LENGTH);
                });
        if (form.nationality() == null || !form.nationality().matches("[A-Z]{3}")) {
            throw new RefusedException("signup.nationality.required");
        }
        var idNumber = canonicalIdNumber(form.nationality(), form.idNumber());
        if (accounts.usernameTaken(form.username())) {
            throw new RefusedException("signup.username.taken");
        }
        var emailHolder = accounts.byEmail(form.email());
        var idHolder = accounts.byIdentity(form.nationality(), idNumber);
        // Hashed whatever the checks found, so a duplicate takes as long to answer as a new account; after them,
        // so that two sign-ups at one moment both pass them and the database's unique constraints decide (below)
        // instead of the hashing's timing.
        var passwordHash = passwords.hash(form.password());
        if (emailHolder.isPresent() || idHolder.isPresent()) {
            emailHolder.ifPresent(this::tellAddressOwner);
            // Both the owner's address and number: the owner forgot their account, and the first mail says it all.
            idHolder.filter(holder -> !holder.equals(emailHolder.orElse(null)))
                    .ifPresent(holder -> reportDuplicateId(holder, form));
            return Optional.empty();
        }
        var now = Instant.now(clock);
        var account = new Account(
                form.username(), form.email(), passwordHash, form.nationality(), idNumber, Role.MEMBER, now);
        account.chooseLanguage(form.locale());
        account.fingerprintIdNumber(protection.fingerprint(idNumber));
        try {
            accounts.add(account);
            accounts.flush();
        } catch (PersistenceException raced) {
            // Two sign-ups with the same name, address or ID passed the checks above at the same moment; the
            // database's unique constraints let one through and the other gets the answer it would have got a
            // moment later (for the address and the number: the same as a success, without the mails).
            LOG.log(Level.INFO, "Sign-up refused by a unique constraint after a concurrent sign-up", raced);
            var key = duplicateKey(raced);
            throw "signup.username.taken".equals(key) ? new RefusedException(key) : new SignUpRaced();
        }
        sendConfirmation(account, form.locale(), now);
        return Optional.of(account);
    }

    /**
     * A sign-up that lost a race for an address or ID number: rolled back, and answered like a success
     * (see {@link #register}).
     */
    public static final class SignUpRaced extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SignUpRaced() {
            super("Sign-up lost a race for a unique e-mail address or ID number");
        }
    }

    private void tellAddressOwner(Account owner) {
        passwordResets
                .issueForNotice(owner)
                .ifPresent(link -> mailer.queue(
                        owner.getEmail(),
                        owner.locale(),
                        "signupExists",
                        owner.getUsername(),
                        baseUrl + "/account/login",
                        link,
                        passwordResets.minutes()));
    }

    private void reportDuplicateId(Account holder, SignUp form) {
        // pdpa: the audit trail is append-only, so it never holds a readable name or address: the attempt's
        // username and address are written as keyed pseudonyms, enough to see the same one come back (an erased,
        // banned member trying again) and nothing anyone can read or erase later.
        audit.record(
                null,
                AccountAudit.SIGNUP_DUPLICATE_ID,
                AccountAudit.Subject.ACCOUNT,
                holder.getId(),
                "username#" + pseudonym("username:" + Account.normalizeUsername(form.username())) + ", email#"
                        + pseudonym("email:" + Account.normalizeEmail(form.email())));
        // An erased holder has no address any more: the attempt is recorded, nobody is mailed.
        if (!holder.isErased() && passwordResets.allowNotice(holder)) {
            mailer.queue(holder.getEmail(), holder.locale(), "signupDuplicateId", holder.getUsername());
        }
    }

    /** A keyed pseudonym of {@code value} for the audit trail: 16 hex digits of its fingerprint. */
    private String pseudonym(String value) {
        return protection.fingerprint(value).substring(0, 16);
    }

    /** Which field a unique-constraint violation was about, by the constraint's name in the database's message. */
    static String duplicateKey(Throwable raced) {
        var text = new StringBuilder();
        for (var e = raced; e != null; e = e.getCause()) {
            text.append(e.getMessage()).append('\n');
        }
        var message = text.toString().toLowerCase(Locale.ROOT);
        if (message.contains("uq_account_username")) {
            return "signup.username.taken";
        }
        if (message.contains("uq_account_email")) {
            return "signup.email.taken";
        }
        return "signup.idNumber.taken";
    }

    /** Creates an account whose address needs no confirmation: the configured or demo administrators. */
    @Transactional
    public Account createConfirmed(
            String username, String email, String password, String nationality, String idNumber, Role role) {
        var now = Instant.now(clock);
        var account = new Account(
                username,
                email,
                passwords.hash(password),
                nationality,
                canonicalIdNumber(nationality, idNumber),
                role,
                now);
        account.confirmEmail(now);
        account.fingerprintIdNumber(protection.fingerprint(account.getIdNumber()));
        accounts.add(account);
        return account;
    }

    /**
     * Remembers the member's language. A bulk update, so that switching language never collides with
     * an admin changing the same account's tier at that moment (no version check needed for this).
     */
    @Transactional
    public void changeLanguage(String username, Locale locale) {
        accounts.changeLanguage(username, Languages.orFallback(locale.toLanguageTag()));
    }

    @Transactional
    public MailedLink.State confirm(String token) {
        if (token == null || token.isBlank()) {
            throw new RefusedException("confirm.invalid");
        }
        var confirmation = accounts.confirmationByTokenHash(Tokens.sha256(token))
                .orElseThrow(() -> new RefusedException("confirm.invalid"));
        return confirmation.use(Instant.now(clock));
    }

    /**
     * Sends a fresh link. Says nothing about whether the address exists, so it cannot be used to find
     * out who has an account.
     */
    @Transactional
    public void resendConfirmation(String email, Locale locale) {
        accounts.byEmail(email)
                .filter(account -> !account.mayPost())
                .ifPresent(account -> sendConfirmation(account, locale, Instant.now(clock)));
    }

    private void sendConfirmation(Account account, Locale locale, Instant now) {
        var token = Tokens.random();
        accounts.add(new EmailConfirmation(
                account, Tokens.sha256(token), now, now.plus(Duration.ofHours(confirmationHours))));
        var link = baseUrl + "/account/confirm?token=" + token;
        mailer.queue(account.getEmail(), locale, "confirm", account.getUsername(), link, confirmationHours);
    }
}
