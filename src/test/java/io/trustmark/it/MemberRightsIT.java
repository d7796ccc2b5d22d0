package io.trustmark.it;

import static io.trustmark.it.ApiKit.json;
import static io.trustmark.it.PageKit.ADMIN;
import static io.trustmark.it.PageKit.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 18: what the database holds about members (no ID number in clear), the audit trail nobody can rewrite,
 * and the members' own rights. Its WAR carries one test-only servlet ({@link SqlProbeServlet}) that reads and
 * changes the database behind the application's back, as H2 lives inside the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemberRightsIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The chain is recomputed at every probe here.
        var war = Deployments.withConfig(
                "trustmark.health.audit-chain-seconds=0\ntrustmark.document.retention.interval-seconds=2");
        war.addClass(SqlProbeServlet.class);
        return war;
    }

    private String dump() throws Exception {
        var page = new WebClient(base.toURI()).exchange("GET", "it-sql/dump", Map.of());
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    /** The rows of one table in {@link #dump}. */
    private static String table(String dump, String name) {
        var start = dump.indexOf("## " + name + "\n");
        assertTrue(start >= 0, "table " + name + " in the dump");
        var end = dump.indexOf("\n## ", start + 1);
        return end < 0 ? dump.substring(start) : dump.substring(start, end);
    }

    private String exec(String sql) throws Exception {
        return new WebClient(base.toURI())
                .exchange("GET", "it-sql/exec?sql=" + URLEncoder.encode(sql, StandardCharsets.UTF_8), Map.of())
                .body();
    }

    private JsonObject chainCheck() throws Exception {
        var ready = new WebClient(base.toURI()).exchange("GET", "/health/ready", Map.of());
        return json(ready).getJsonArray("checks").stream()
                .map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("audit-chain"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(ready.body()));
    }

    /** Payara's health data writes numbers as strings or numbers, depending on the version. */
    private static long number(JsonObject check, String key) {
        return Long.parseLong(check.getJsonObject("data").get(key).toString().replace("\"", ""));
    }

    private static boolean postgres() {
        return "postgresql".equals(System.getProperty("trustmark.it.database"));
    }

    // ---- ID numbers ----------------------------------------------------------------------------

    @Test
    @Order(1)
    void noTableHoldsARegisteredIdNumberInClearAndTheNumberStillWorks() throws Exception {
        var member = TestData.newMember("sealed");
        PageKit.submittedRequest(base.toURI(), member);

        var dump = dump();
        assertTrue(dump.contains(member.username()), "the dump reads the tables");
        assertFalse(dump.contains(member.idNumber()), "the 13-digit number is nowhere in clear");
        assertFalse(dump.contains(PageKit.spaced(member.idNumber())), "nor spaced");

        // The sealed number still decides: a second sign-up with it is not a new account (the owner is told).
        var copycat = TestData.newMember("copycat");
        var fields = PageKit.thaiSignUp(copycat);
        fields.put("idNumber", member.idNumber());
        PageKit.signUp(new WebClient(base.toURI()), fields);
        assertFalse(
                table(dump(), "account").contains(copycat.username()), "no account for a number already registered");
        // And the review page compares the typed number with the registered one: the check passes.
        var admin = PageKit.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var review = admin.get("admin/review?id=" + requestId);
        assertEquals(200, review.status(), "the reviewer's page opens the sealed numbers");
        assertTrue(review.body().contains(member.username()), review.body());
    }

    // ---- my data -------------------------------------------------------------------------------

    @Test
    @Order(3)
    void myDataShowsWhoOpenedTheDocumentsAndTheArchiveHoldsTheMembersDataOnly() throws Exception {
        var member = TestData.newMember("mydata");
        var other = TestData.newMember("otherdata");
        var requestId = PageKit.submittedRequest(base.toURI(), member);
        PageKit.submittedRequest(base.toURI(), other);
        var admin = PageKit.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        var image = PageKit.documentPath(admin.get("admin/review?id=" + requestId));
        assertEquals(200, admin.getRaw(image).statusCode());

        var browser = PageKit.signedIn(base.toURI(), member.username(), TestData.PASSWORD);
        var page = browser.get("member/data");
        assertEquals(200, page.status());
        assertTrue(
                Pattern.compile(">\\s*" + ADMIN + "\\s*</td>")
                        .matcher(page.body())
                        .find(),
                "the page names the admin who opened the card\n" + page.body());

        var download = browser.submit(page, "archive", Map.of(), "download");
        assertEquals(200, download.status());
        var archive = Json.createReader(new StringReader(download.body())).readObject();
        var account = archive.getJsonObject("account");
        assertEquals(member.username(), account.getString("username"));
        assertEquals(member.idNumber(), account.getString("registeredIdNumber"));
        var requests = archive.getJsonArray("requests");
        assertEquals(1, requests.size());
        assertEquals(
                Long.parseLong(requestId),
                requests.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("SUBMITTED", requests.getJsonObject(0).getString("status"));
        assertFalse(archive.getJsonArray("consents").isEmpty());
        assertTrue(archive.getJsonArray("consents").getJsonObject(0).containsKey("notice_version"));
        assertFalse(archive.getJsonArray("documents").isEmpty());
        // The member's own card while it exists, as a stamped copy; the other member's card is not there.
        var images = archive.getJsonArray("images");
        assertEquals(1, images.size(), "one image: the member's card");
        assertTrue(images.getJsonObject(0).getBoolean("stamped"));
        var copy = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(images.getJsonObject(0).getString("base64"))));
        assertTrue(copy != null && copy.getWidth() > 0, "a readable JPEG");
        var views = archive.getJsonArray("documentViews");
        assertEquals(1, views.size(), views.toString());
        assertEquals(ADMIN, views.getJsonObject(0).getString("viewer"));
        assertFalse(archive.getJsonArray("auditEvents").isEmpty());
        assertFalse(download.body().contains(other.username()), "nothing of another member");
        assertFalse(download.body().contains(other.idNumber()), "nothing of another member");
        assertTrue(table(dump(), "audit_event").contains("DATA_EXPORTED"), "the download is in the audit trail");
    }

    // ---- erasure ---------------------------------------------------------------------------------

    /** Letters for a digit string: names no other member of the run has (the wizard's usual ones are shared). */
    private static String letters(String digits, String alphabet) {
        var out = new StringBuilder();
        for (var c : digits.toCharArray()) {
            out.append(alphabet.charAt(c - '0'));
        }
        return out.toString();
    }

    /** Whether the request's images still exist ("ok 1" per image still sealed, by a no-op update). */
    private String imagesLeft(String requestId) throws Exception {
        return exec("UPDATE stored_document SET kind = kind WHERE request_id = " + requestId
                + " AND ciphertext IS NOT NULL");
    }

    @Test
    @Order(6)
    void withdrawingTheRequestDeletesItsImagesAtOnce() throws Exception {
        var member = TestData.newMember("withdraw");
        var requestId = PageKit.submittedRequest(base.toURI(), member);
        assertEquals("ok 1", imagesLeft(requestId));
        var browser = PageKit.signedIn(base.toURI(), member.username(), TestData.PASSWORD);
        var done = browser.submit(browser.get("member/verify"), "withdraw", Map.of(), "submit");
        assertTrue(PageKit.text(done).contains("Your request was withdrawn"), done.body());
        assertEquals("ok 0", imagesLeft(requestId), "the card photo is gone with the consent");
    }

    @Test
    @Order(7)
    void erasingTheAccountLeavesNothingReadableAndTheKeptFingerprintBlocksTheNumberForItsTime() throws Exception {
        var member = TestData.newMember("erase");
        var digits = String.valueOf(System.nanoTime() % 100_000_000L);
        var thaiGiven = "สม" + letters(digits.substring(0, 4), "กขคงจฉชซญด");
        var thaiSurname = "ใจ" + letters(digits.substring(4), "กขคงจฉชซญด");
        var englishGiven = "Era" + letters(digits.substring(0, 4), "bcdfghjklm");
        var englishSurname = "Sur" + letters(digits.substring(4), "bcdfghjklm");
        var browser = PageKit.confirmedMember(base.toURI(), member);
        var thread = browser.submit(
                browser.get("member/new-thread?b=general"),
                "thread",
                Map.of("title", "Tea set for sale " + digits, "body", "Still in its box"),
                "submit");
        assertEquals(200, thread.status());
        Wizard.citizen(
                browser,
                Wizard.card(member.idNumber(), thaiGiven, thaiSurname, englishGiven, englishSurname, "2031-08-14"),
                TestData.cardJpeg(member.idNumber()));
        var admin = PageKit.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var image = PageKit.documentPath(admin.get("admin/review?id=" + requestId));
        assertEquals(200, admin.getRaw(image).statusCode());
        var readable = java.util.List.of(
                member.username(),
                member.email(),
                member.idNumber(),
                PageKit.spaced(member.idNumber()),
                thaiGiven,
                thaiSurname,
                englishGiven,
                englishSurname);
        var before = dump();
        for (var value : readable.subList(0, 2)) {
            assertTrue(before.contains(value), "the dump holds " + value + " before the erasure");
        }
        assertTrue(before.contains(englishGiven), "the names typed from the card are in the request");
        assertEquals("ok 1", imagesLeft(requestId));

        // The form asks for the ticked confirmation and the password again.
        var page = browser.get("member/data");
        assertTrue(page.body().contains("Erase my account"), page.body());
        var unticked = browser.submit(page, "erase", Map.of("password", TestData.PASSWORD), "submit");
        assertTrue(PageKit.text(unticked).contains("Please tick the box"), unticked.body());
        var wrong = browser.submit(
                browser.get("member/data"), "erase", Map.of("confirmed", "on", "password", "wrong-password"), "submit");
        assertTrue(PageKit.text(wrong).contains("That password is not right."), wrong.body());
        assertEquals("ok 1", imagesLeft(requestId), "a wrong password erases nothing");
        PageKit.eraseAccount(browser);

        // Nothing readable in any table: every value of every table, as the application's database role sees it.
        for (var chunk : dump().split("\n## ")) {
            // An empty table at the end of the dump has no line break after its name.
            var name = chunk.contains("\n") ? chunk.substring(0, chunk.indexOf('\n')) : chunk;
            for (var value : readable) {
                assertFalse(chunk.contains(value), "table " + name + " still holds " + value);
            }
        }

        // Images gone at once, the request ended and the reviewers see why; the member cannot sign in.
        assertEquals("ok 0", imagesLeft(requestId), "every image is erased at once");
        assertTrue(admin.getRaw(image).statusCode() >= 400, "the card cannot be opened any more");
        assertEquals(
                "ok 1",
                exec("UPDATE verification_request SET status = status WHERE id = " + requestId
                        + " AND status = 'WITHDRAWN' AND open_account_id IS NULL"),
                "the request waiting for review ended");
        var audit = table(dump(), "audit_event");
        assertTrue(audit.contains("WITHDRAWN_BY_ERASURE"), "the reviewers see it was withdrawn by erasure");
        assertTrue(audit.contains("ACCOUNT_ERASED"));
        assertEquals(0, PageKit.queueRowsFor(admin, member.username()), "no longer in the queue");
        PageKit.assertNotSignedIn(new WebClient(base.toURI()).login(member.username(), TestData.PASSWORD));
        PageKit.assertNotSignedIn(new WebClient(base.toURI()).login(member.email(), TestData.PASSWORD));
        var again = browser.get("member/data");
        assertFalse(again.body().contains(member.username()), "the old session is over");
        // The thread stays, under "deleted member".
        var shown = new WebClient(base.toURI()).get(thread.uri().toString());
        assertTrue(shown.body().contains("deleted member"), shown.body());
        assertFalse(shown.body().contains(member.username()), shown.body());

        // A new sign-up with the same number (and name and address) makes no account while the fingerprint is
        // kept, and leaves nothing readable either: the audit record of the attempt holds pseudonyms.
        PageKit.signUp(new WebClient(base.toURI()), PageKit.thaiSignUp(member));
        var after = dump();
        assertFalse(table(after, "account").contains(member.username()), "the number cannot sign up again");
        for (var name : java.util.List.of("audit_event", "outbox_mail")) {
            for (var value : readable) {
                assertFalse(table(after, name).contains(value), name + " holds " + value + " after the attempt");
            }
        }

        // Once the kept time is over (the erasure dated back), the housekeeping empties the fingerprint.
        assertEquals(
                "ok 1",
                exec("UPDATE account SET erased_at = TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'"
                        + " WHERE id = (SELECT account_id FROM verification_request WHERE id = " + requestId + ")"));
        var deadline = System.nanoTime() + 30_000_000_000L;
        do {
            Thread.sleep(500);
        } while (!exec("UPDATE account SET version = version WHERE id = (SELECT account_id FROM verification_request"
                                + " WHERE id = " + requestId + ") AND id_number_index IS NULL")
                        .equals("ok 1")
                && System.nanoTime() < deadline);
        PageKit.signUp(new WebClient(base.toURI()), PageKit.thaiSignUp(member));
        assertTrue(table(dump(), "account").contains(member.username()), "after the kept time the number is free");
    }

    // ---- breach report ---------------------------------------------------------------------------

    @Test
    @Order(4)
    void theBreachReportListsEveryDocumentAnAdminOpenedAndTheMembersAffected() throws Exception {
        var member = TestData.newMember("breach");
        var untouched = TestData.newMember("untouched");
        var requestId = PageKit.submittedRequest(base.toURI(), member);
        PageKit.submittedRequest(base.toURI(), untouched);
        var admin = PageKit.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        var image = PageKit.documentPath(admin.get("admin/review?id=" + requestId));
        assertEquals(200, admin.getRaw(image).statusCode());

        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).toString();
        var fields = Map.of("admin", ADMIN, "from", today, "to", today);
        var shown = admin.submit(admin.get("admin/breach"), "breach", fields, "show");
        assertTrue(shown.body().contains(member.email()), "the member affected, with the address to notify");
        assertFalse(shown.body().contains(untouched.username()), "a member whose documents were not opened");
        var csv = admin.submit(admin.get("admin/breach"), "breach", fields, "csv");
        assertTrue(csv.body().startsWith("viewed_at,admin,document_id"), csv.body());
        assertTrue(csv.body().contains("\"" + member.username() + "\""), csv.body());
        assertFalse(csv.body().contains(untouched.username()));
        assertTrue(table(dump(), "audit_event").contains("BREACH_REPORT"), "the report is in the audit trail");
    }

    // ---- housekeeping ----------------------------------------------------------------------------

    @Test
    @Order(5)
    void aSignUpNeverConfirmedIsDeletedAfterTheConfiguredDaysAndAFreshOneIsKept() throws Exception {
        var fresh = TestData.newMember("fresh");
        PageKit.signUp(new WebClient(base.toURI()), PageKit.thaiSignUp(fresh));
        var old = "stale" + System.nanoTime() % 1_000_000;
        var inserted = exec("INSERT INTO account (id, username, email, password_hash, nationality, id_number_sealed,"
                + " id_number_index, role, tier, created_at, version, session_generation) VALUES (987654321, '"
                + old + "', '" + old + "@example.test', 'x', 'THA', 'k:x', '" + old + "', 'MEMBER', 'REGISTERED',"
                + " TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', 0, 0)");
        assertEquals("ok 1", inserted);
        var deadline = System.nanoTime() + 30_000_000_000L;
        String accounts;
        do {
            Thread.sleep(500);
            accounts = table(dump(), "account");
        } while (accounts.contains(old) && System.nanoTime() < deadline);
        assertFalse(accounts.contains(old), "the sign-up from 2020 that was never confirmed is gone");
        assertTrue(accounts.contains(fresh.username()), "a sign-up of today waits for its confirmation");
    }

    // ---- audit chain ---------------------------------------------------------------------------

    @Test
    @Order(9)
    void theAuditTrailIsChainedAndCannotBeChangedBehindTheApplication() throws Exception {
        var member = TestData.newMember("chain");
        PageKit.submittedRequest(base.toURI(), member);
        var check = chainCheck();
        assertEquals("UP", check.getString("status"), check.toString());
        assertTrue(number(check, "rows") > 0, check.toString());

        var update = exec("UPDATE audit_event SET detail = 'rewritten' WHERE chain_position = 1");
        if (postgres()) {
            assertTrue(update.startsWith("refused"), update);
            assertTrue(exec("DELETE FROM audit_event").startsWith("refused"), "delete refused");
            assertTrue(exec("TRUNCATE audit_event").startsWith("refused"), "truncate refused");
            assertEquals("UP", chainCheck().getString("status"));
        } else {
            assertEquals("ok 1", update);
            var broken = chainCheck();
            assertEquals("DOWN", broken.getString("status"), broken.toString());
            assertEquals(1, number(broken, "position"), broken.toString());
        }
    }
}
