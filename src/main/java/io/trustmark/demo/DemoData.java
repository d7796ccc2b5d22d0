package io.trustmark.demo;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.application.AccountService;
import io.trustmark.account.application.IdNumberProtection;
import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.forum.application.ForumService;
import io.trustmark.identity.domain.NationalIdNumber;
import io.trustmark.membership.domain.Consent;
import io.trustmark.membership.domain.PrintedIdentity;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with a small forum to click through: an admin, a Registered member and a
 * Citizen, and a few threads on both boards. Runs only in demo mode and only once (the demo admin marks
 * it done), so it never touches real data.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Review-Queue-2026";
    public static final String MEMBER = "somchai";
    public static final String MEMBER_PASSWORD = "Somtam-Spicy-2026";
    public static final String CITIZEN = "malee";
    public static final String CITIZEN_PASSWORD = "Jasmine-Garden-2026";

    @Inject
    @ConfigProperty(name = "trustmark.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "trustmark.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    AccountService accountService;

    @Inject
    IdNumberProtection idNumbers;

    @Inject
    AccountRepository accounts;

    @Inject
    ForumService forum;

    @PersistenceContext
    EntityManager em;

    @Transactional
    void seed(@Observes SchemaReady ready) {
        if (!demo) {
            return;
        }
        // Keyed on the demo admin rather than an empty table: a configured administrator may come first.
        if (!accounts.usernameTaken(ADMIN)) {
            var admin = accountService.createConfirmed(
                    ADMIN, "admin@trustmark.local", ADMIN_PASSWORD, Account.THAI, thaiId("110170000001"), Role.ADMIN);
            accountService.createConfirmed(
                    MEMBER,
                    "somchai@trustmark.local",
                    MEMBER_PASSWORD,
                    Account.THAI,
                    thaiId("310060044563"),
                    Role.MEMBER);
            approvedCitizen(
                    admin,
                    accountService.createConfirmed(
                            CITIZEN,
                            "malee@trustmark.local",
                            CITIZEN_PASSWORD,
                            Account.THAI,
                            thaiId("150990012345"),
                            Role.MEMBER));
            var welcome = forum.startThread(
                    ADMIN,
                    "general",
                    "Welcome to the forum",
                    "Say hello! Members who verify their ID card get a green C before their name.");
            forum.reply(MEMBER, welcome, "Hello everyone, glad to be here.");
            var noodles = forum.startThread(
                    MEMBER, "general", "Best khao soi in Chiang Mai?", "Going next month. Where should I eat?");
            forum.reply(CITIZEN, noodles, "Try the stalls near Wat Fa Ham, early in the morning.");
            forum.startThread(
                    CITIZEN,
                    "marketplace",
                    "Selling: Canon EOS R50 kit, like new",
                    "Bought in March, 2,000 shots. Meet in Bangkok or ship with Kerry.");
            forum.startThread(CITIZEN, "general", "Rainy season cycling routes", "Any routes that stay dry-ish?");
        }
        LOG.info(() -> "\n\n  Trustmark demo: open " + baseUrl + "/forum/\n"
                + "  Logins (username / password):\n"
                + "    admin    " + ADMIN + " / " + ADMIN_PASSWORD + "\n"
                + "    member   " + MEMBER + " / " + MEMBER_PASSWORD + "   (Registered)\n"
                + "    citizen  " + CITIZEN + " / " + CITIZEN_PASSWORD + "   (Citizen)\n"
                + "  Mails are not sent in the demo: read them at " + baseUrl + "/demo/mailbox\n");
    }

    private static String thaiId(String first12) {
        return first12 + NationalIdNumber.checkDigit(first12);
    }

    /**
     * Malee became a Citizen the way members do, through an approved request that recorded her card's
     * names, so the demo can show the Citizen &rarr; Trusted path reusing them.
     */
    private void approvedCitizen(Account admin, Account member) {
        var now = Instant.now();
        var consent = new Consent(member.getId(), Consent.IDENTITY_VERIFICATION, "demo", now);
        em.persist(consent);
        var request = new VerificationRequest(member, Tier.CITIZEN, member.getIdNumber(), consent.getId(), now);
        request.fingerprintTypedNumber(idNumbers.fingerprint(member.getIdNumber()));
        request.describeIdentity(new PrintedIdentity(
                DocumentKind.ID_CARD_FRONT,
                member.getIdNumber(),
                "นางสาว",
                "มาลี",
                "ใจดี",
                "Miss",
                "Malee",
                "Jaidee",
                LocalDate.now().plusYears(5)));
        em.persist(request);
        em.flush();
        request.approve(admin, now, false);
    }
}
