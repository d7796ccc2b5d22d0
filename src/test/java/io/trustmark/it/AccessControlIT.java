package io.trustmark.it;

import static io.trustmark.it.PageKit.ADMIN;
import static io.trustmark.it.PageKit.ADMIN_PASSWORD;
import static io.trustmark.it.PageKit.CITIZEN;
import static io.trustmark.it.PageKit.CITIZEN_PASSWORD;
import static io.trustmark.it.PageKit.MEMBER;
import static io.trustmark.it.PageKit.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Who may open what, from outside: anonymous visitors are sent to the sign-in page, members get 403 on
 * everything under /admin (the ID-card images above all), admins get the image with headers that keep
 * it out of caches and away from MIME sniffing; plus the session cookie and the headers every page carries.
 */
class AccessControlIT extends DeployedApp {

    private static final String SESSION_COOKIE = "TRUSTMARK_SESSION";
    private static final String FORBIDDEN_TITLE = "Not allowed";
    private static final String FORBIDDEN_BODY = "You do not have access to this page.";

    /** One real ID card in the review queue, sent by a fresh member; made by whichever test needs it first. */
    private record Uploaded(TestData.Member owner, String requestId, String documentPath, byte[] image) {}

    private static Uploaded uploaded;

    // ---- anonymous visitors ------------------------------------------------------------------

    @Test
    void anonymousVisitorIsSentToSignInForAdminPagesAndDocuments() throws Exception {
        var document = uploaded();
        for (var path : List.of(
                "admin/index",
                "admin/review?id=1",
                "admin/documents/1",
                "admin/review?id=" + document.requestId(),
                relativeToBase(document.documentPath()))) {
            var anonymous = new WebClient(base());
            var first = anonymous.getRaw(path);
            assertSentToSignIn(path, first);
            assertNoImage(path, first.body());

            var landed = anonymous.get(path);
            assertTrue(landed.uri().getPath().endsWith("/account/login"), path + " ended on " + landed.uri());
            assertTrue(PageKit.hasForm(landed, "login"), path + ": the sign-in form\n" + landed.body());
            assertFalse(
                    landed.contains("requests waiting")
                            || landed.contains("Review request")
                            || landed.contains(document.owner().username())
                            || landed.contains("/admin/documents/"),
                    path + ": no review content before signing in\n" + landed.body());
        }
    }

    @Test
    void memberPagesRequireSignIn() throws Exception {
        for (var path : List.of("member/verify", "member/new-thread?b=general", "member/new-thread?b=marketplace")) {
            var anonymous = new WebClient(base());
            assertSentToSignIn(path, anonymous.getRaw(path));
            var landed = anonymous.get(path);
            assertTrue(
                    landed.uri().getPath().endsWith("/account/login") && PageKit.hasForm(landed, "login"),
                    path + " ended on " + landed.uri() + "\n" + landed.body());
            assertFalse(
                    PageKit.hasForm(landed, "verify") || PageKit.hasForm(landed, "thread"), path + ": no member form");
        }
    }

    // ---- members -----------------------------------------------------------------------------

    @Test
    void memberIsForbiddenEverythingUnderAdmin() throws Exception {
        var document = uploaded();
        var member = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD);

        var queue = member.get("admin/index");
        assertForbiddenPage("admin/index", queue);
        assertFalse(
                queue.contains("requests waiting")
                        || queue.contains(document.owner().username()),
                queue.body());

        var review = member.get("admin/review?id=" + document.requestId());
        assertForbiddenPage("admin/review", review);
        assertFalse(
                review.contains(document.owner().username())
                        || review.contains(document.owner().email())
                        || review.contains(document.owner().idNumber())
                        || review.contains("/admin/documents/"),
                review.body());

        assertDocumentRefused(member, document);
    }

    @Test
    void membersCannotFetchAnotherMembersDocument() throws Exception {
        var document = uploaded();
        for (var login : List.of(Map.entry(MEMBER, MEMBER_PASSWORD), Map.entry(CITIZEN, CITIZEN_PASSWORD))) {
            assertDocumentRefused(PageKit.signedIn(base(), login.getKey(), login.getValue()), document);
        }
    }

    @Test
    void uploaderGetsNoDocumentUrlAndCannotFetchTheirOwnCard() throws Exception {
        var document = uploaded();
        var owner = PageKit.signedIn(base(), document.owner().username(), TestData.PASSWORD);

        var verify = owner.get("member/verify");
        assertTrue(verify.contains("Waiting for review"), verify.body());
        assertFalse(
                verify.contains("/admin/documents/"),
                "the member's own pages link no document image\n" + verify.body());

        assertDocumentRefused(owner, document);
    }

    @Test
    void memberWhoseEmailIsNotConfirmedCannotStartAThread() throws Exception {
        var member = TestData.newMember("noconfirm");
        var browser = PageKit.signedUp(base(), member);
        PageKit.assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());

        for (var board : List.of("general", "marketplace")) {
            var page = browser.get("member/new-thread?b=" + board);
            assertEquals(200, page.status(), page.body());
            assertTrue(
                    PageKit.text(page)
                            .contains(
                                    "Confirm your e-mail address before you post: we sent you a link when you signed up."),
                    page.body());
            assertFalse(PageKit.hasForm(page, "thread"), board + ": no thread form for an unconfirmed member");
        }
    }

    // ---- admins ------------------------------------------------------------------------------

    @Test
    void adminGetsTheDocumentUncachedInlineAndUnsniffable() throws Exception {
        var document = uploaded();
        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var response = admin.getRaw(relativeToBase(document.documentPath()));

        assertEquals(200, response.statusCode());
        assertEquals("image/jpeg", header(response, "Content-Type"));
        assertEquals("no-store", header(response, "Cache-Control"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        var disposition = header(response, "Content-Disposition");
        assertNotNull(disposition, "Content-Disposition");
        assertTrue(disposition.startsWith("inline"), disposition);
        assertTrue(isJpeg(response.body()), "a JPEG");
        var image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertNotNull(image, "the stored copy decodes");
        assertEquals(1000, image.getWidth());
        assertEquals(630, image.getHeight());
        assertArrayEquals(document.image(), response.body(), "the same bytes every time it is opened");
    }

    // ---- readable public URLs: one address per page, old links moved, 404 for what names nothing ----

    private static final Pattern THREAD_LINK = Pattern.compile("href=\"([^\"]*/forum/t/(\\d+)(/[^\"?]*)?)\"");

    @Test
    void forumPagesAnswerAtReadableUrlsWithDescriptionAndCanonicalLink() throws Exception {
        var guest = new WebClient(base());
        var index = guest.getRaw("forum/");
        assertEquals(200, index.statusCode());
        var indexHtml = new String(index.body(), StandardCharsets.UTF_8);
        assertCanonical(indexHtml, "/forum/");
        assertTrue(indexHtml.contains("href=\"" + base().getPath() + "forum/general\""), "board link\n" + indexHtml);

        var board = guest.getRaw("forum/general");
        assertEquals(200, board.statusCode());
        var boardHtml = new String(board.body(), StandardCharsets.UTF_8);
        assertCanonical(boardHtml, "/forum/general");
        assertTrue(
                boardHtml.contains("<meta name=\"description\" content=\"Talk about anything with other members.\""));
        assertTrue(CitizenJourneyIT.badgeBefore(boardHtml, CITIZEN), "the C before the Citizen's name\n" + boardHtml);

        var link = THREAD_LINK.matcher(boardHtml);
        assertTrue(link.find(), "threads link to /forum/t/{id}/{slug}\n" + boardHtml);
        var thread = guest.getRaw(relativeToBase(link.group(1)));
        assertEquals(200, thread.statusCode(), link.group(1));
        var threadHtml = new String(thread.body(), StandardCharsets.UTF_8);
        assertCanonical(threadHtml, link.group(1).substring(base().getPath().length() - 1));
        assertTrue(threadHtml.contains(" on Trustmark Forum.\""), "meta description\n" + threadHtml);
        assertTrue(threadHtml.contains("href=\"" + base().getPath() + "forum/general\""), "breadcrumb to the board");
        assertTrue(
                boardHtml.contains("name=\"back\" value=\"" + base().getPath() + "forum/general\""),
                "the language switch comes back to the readable URL\n" + boardHtml);

        for (var path : List.of("account/login", "account/signup")) {
            var page = new String(guest.getRaw(path).body(), StandardCharsets.UTF_8);
            assertCanonical(page, "/" + path);
            assertTrue(page.contains("<meta name=\"description\" content=\""), path);
        }
    }

    @Test
    void oldAndMistypedForumUrlsMovePermanentlyToTheOneUrl() throws Exception {
        var guest = new WebClient(base());
        var link = THREAD_LINK.matcher(new String(guest.getRaw("forum/general").body(), StandardCharsets.UTF_8));
        assertTrue(link.find());
        var id = link.group(2);
        var canonical = link.group(1);
        var root = base().getPath();
        var home = guest.getRaw("");
        assertEquals(302, home.statusCode(), "the site's root may change its mind: not permanent");
        assertEquals(root + "forum/", URI.create(header(home, "Location")).getPath(), "one hop to the forum");
        var moves = new LinkedHashMap<String, String>();
        moves.put("forum", root + "forum/");
        moves.put("forum/index.xhtml", root + "forum/");
        moves.put("forum/index", root + "forum/");
        moves.put("forum/board.xhtml?b=general", root + "forum/general");
        moves.put("forum/board?b=general&page=2", root + "forum/general?page=2");
        moves.put("forum/thread.xhtml?id=" + id, canonical);
        moves.put("forum/thread?id=" + id + "&page=2", canonical + "?page=2");
        moves.put("forum/t/" + id, canonical);
        moves.put("forum/t/" + id + "/words-of-an-old-title", canonical);
        moves.put(
                "forum/t/" + id + "/"
                        + canonical.substring(canonical.lastIndexOf('/') + 1).toUpperCase(),
                canonical);
        for (var move : moves.entrySet()) {
            var response = guest.getRaw(move.getKey());
            assertEquals(301, response.statusCode(), move.getKey());
            var location = URI.create(header(response, "Location"));
            assertEquals(
                    move.getValue(),
                    location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()),
                    move.getKey());
        }
    }

    @Test
    void urlsThatNameNothingAnswer404NeverAServerError() throws Exception {
        var guest = new WebClient(base());
        for (var path : List.of(
                "forum/thread.xhtml?id=x",
                "forum/thread?id=999999999",
                "forum/thread.xhtml",
                "forum/t/x/selling-my-camera",
                "forum/t/999999999/selling-my-camera",
                "forum/t/99999999999999999999999",
                "forum/t/",
                "forum/nosuch",
                "forum/general/2/3",
                "forum/board.xhtml?b=../admin",
                "forum/board.xhtml?b=general&page=x",
                "forum/general?page=x",
                "forum/general?page=0",
                "forum/general?page=999",
                "forum/general?page=2147483647")) {
            assertNotFoundPage(path, guest.get(path));
        }
        var thread = THREAD_LINK.matcher(guest.get("forum/general").body());
        assertTrue(thread.find());
        assertNotFoundPage("thread page x", guest.get(relativeToBase(thread.group(1)) + "?page=x"));
        assertNotFoundPage("thread page 99", guest.get(relativeToBase(thread.group(1)) + "?page=99"));

        var member = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD);
        assertNotFoundPage("new-thread b=x", member.get("member/new-thread.xhtml?b=x"));

        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        for (var path : List.of("admin/review.xhtml?id=x", "admin/review?id=x", "admin/review?id=999999999")) {
            assertNotFoundPage(path, admin.get(path));
        }
        var nobody = admin.get("admin/member?u=nobody");
        assertEquals(404, nobody.status(), "a member page of nobody");
        assertTrue(nobody.contains("id=\"find\""), "still the search form\n" + nobody.body());
        for (var path : List.of(
                "admin/audit?subject=x&from=x&to=2026-13-45&type=x&action=x&actor=x",
                "admin/index?tier=x&age=x&status=x&mine=x&flag=x")) {
            var page = admin.get(path);
            assertTrue(page.status() == 200 || page.status() == 404, path + ": " + page.status());
            assertFalse(
                    page.contains("Something went wrong") || page.contains("NullPointerException"),
                    path + "\n" + page.body());
        }
    }

    @Test
    void thaiTitleGivesAReadableThaiUrl() throws Exception {
        var member = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD);
        var title = "ขายกล้อง Canon มือสอง " + System.nanoTime() % 1000;
        var started = member.submit(
                member.get("member/new-thread?b=general"),
                "thread",
                Map.of("title", title, "body", "สภาพดี"),
                "submit");
        assertEquals(200, started.status(), started.body());
        var path = started.uri().getRawPath();
        assertTrue(
                path.matches(
                        ".*/forum/t/\\d+/%E0%B8%82%E0%B8%B2%E0%B8%A2%E0%B8%81%E0%B8%A5%E0%B9%89%E0%B8%AD%E0%B8%87-canon-.*"),
                "Thai letters kept, percent-encoded: " + path);
        assertTrue(started.contains(title), started.body());
        assertCanonical(started.body(), path.substring(base().getPath().length() - 1));

        var replied = member.submit(started, "reply", Map.of("body", "ยังอยู่ไหมครับ"), "send");
        assertEquals(200, replied.status(), replied.body());
        assertEquals(path, replied.uri().getRawPath(), "a reply lands on the thread's own URL");
        assertTrue(replied.contains("ยังอยู่ไหมครับ"));
    }

    /**
     * The forum's pages keep no state for members either (platform.web.StatelessViews): a member who reads ten of
     * them while the wizard stays open in another tab can still go on with the wizard (a session keeps only four
     * views), and a reply posted from another site in their name is refused.
     */
    @Test
    void aWizardLeftOpenOutlivesReadingTheForumAndAForumFormCannotBeForged() throws Exception {
        var browser = PageKit.confirmedMember(base(), TestData.newMember("reader"));
        var wizard = new Wizard(browser);
        var started = browser.submit(
                browser.get("member/new-thread?b=general"),
                "thread",
                Map.of("title", "Reading while verifying " + System.nanoTime() % 1000, "body", "Hello"),
                "submit");
        assertEquals(200, started.status(), started.body());
        for (int i = 0; i < 10; i++) {
            var page = browser.get(i % 2 == 0 ? "forum/general" : started.uri().toString());
            assertEquals(200, page.status(), page.body());
            assertTrue(page.body().contains("value=\"stateless\""), "no view kept for a forum page\n" + page.body());
        }
        var form = browser.form(started, "reply");
        var params = new LinkedHashMap<String, String>(form.hidden());
        params.put("reply", "reply");
        params.put("reply:body", "Forged reply");
        params.put("reply:send", "");
        var forged = browser.post(form.action(), params, Map.of("Origin", "https://evil.example"));
        assertEquals(403, forged.statusCode(), "reply forgery: " + forged.body());
        var replied = browser.submit(started, "reply", Map.of("body", "Own reply"), "send");
        assertTrue(replied.contains("Own reply") && !replied.contains("Forged reply"), replied.body());

        var tier = wizard.consent().page();
        assertEquals(200, tier.status(), tier.body());
        assertTrue(
                tier.body().contains("verify:target"),
                "the wizard's page is still there, on to the tier step:\n" + tier.body());
    }

    private static void assertCanonical(String html, String path) {
        var canonical = Pattern.compile("<link rel=\"canonical\" href=\"(https?://[^\"]+)\"")
                .matcher(html);
        assertTrue(canonical.find(), "a canonical link\n" + html);
        assertTrue(canonical.group(1).endsWith(path), canonical.group(1) + " is " + path);
        assertFalse(
                canonical
                        .group(1)
                        .substring(canonical.group(1).indexOf("//") + 2)
                        .contains("//"),
                canonical.group(1));
    }

    private static void assertNotFoundPage(String what, WebClient.Page page) {
        assertEquals(404, page.status(), what + "\n" + page.body());
        assertTrue(page.contains("Page not found"), what + ": the app's 404 page\n" + page.body());
        assertFalse(
                page.contains("NullPointerException") || page.contains("at io.trustmark."), what + "\n" + page.body());
    }

    @Test
    void adminCannotOpenAMembersUnsentDraft() throws Exception {
        var owner = TestData.newMember("drafty");
        var browser = PageKit.confirmedMember(base(), owner);
        var wizard = new Wizard(browser)
                .consent()
                .tier("CITIZEN", "ID_CARD_FRONT")
                .next(Wizard.card(owner.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14"));
        wizard.uploadOk("ID_CARD_FRONT", TestData.cardJpeg(owner.idNumber()));
        var summary = wizard.next(Map.of()).page();
        var draft = Pattern.compile("src=\"[^\"]*member/drafts/(\\d+)\"").matcher(summary.body());
        assertTrue(draft.find(), summary.body());
        assertEquals(200, browser.getRaw("member/drafts/" + draft.group(1)).statusCode(), "the owner's preview");

        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var response = admin.getRaw("admin/documents/" + draft.group(1));
        assertEquals(404, response.statusCode(), "a draft is not the admins' until it is sent");
        assertNoImage("admin/documents/" + draft.group(1), response.body());
    }

    @Test
    void openingAReviewByGetClaimsNothingAndASiblingSiteCannotClaimEither() throws Exception {
        var applicant = ReviewKit.applicant(base(), "getclaim");
        var id = applicant.requestId();
        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var opened = admin.get("admin/review?id=" + id);
        opened = admin.get("admin/review?id=" + id);
        assertEquals(200, opened.status(), opened.body());
        assertTrue(opened.contains("id=\"claimFree\""), "shown read-only, nobody holds it\n" + opened.body());
        assertTrue(PageKit.hasForm(opened, "claimIt"), "a Start review button");
        assertFalse(PageKit.hasForm(opened, "approve") || PageKit.hasForm(opened, "reject"), "no decision forms yet");
        assertEquals(List.of(), claims(admin, id), "a GET claims nothing");

        // A sibling host of the same site (same-site, not same-origin) posting the admin's own form: refused.
        var form = admin.form(opened, "claimIt");
        var params = new LinkedHashMap<String, String>();
        params.put("claimIt", "claimIt");
        params.putAll(form.hidden());
        params.put("claimIt:submit", "");
        assertEquals(
                403,
                admin.post(form.action(), params, Map.of("Sec-Fetch-Site", "same-site"))
                        .statusCode());
        assertEquals(
                403,
                admin.post(form.action(), params, Map.of("Origin", "https://other." + base().getHost()))
                        .statusCode());
        assertEquals(List.of(), claims(admin, id), "still nobody holds it");

        var started = admin.submit(opened, "claimIt", Map.of(), "submit");
        assertTrue(started.contains("id=\"claimMine\""), started.body());
        assertTrue(PageKit.hasForm(started, "approve"), "the holder decides");
        assertEquals(List.of("admin REQUEST_CLAIMED"), claims(admin, id), "claimed by the POST");
    }

    @Test
    void theHandoffFormRefusesASiblingSite() throws Exception {
        var response = new WebClient(base())
                .post(base().resolve("handoff"), Map.of("t", "x"), Map.of("Sec-Fetch-Site", "same-site"));
        assertEquals(403, response.statusCode(), "refused before the form is looked at\n" + response.body());
    }

    @Test
    void theApiPublishesNoWadl() throws Exception {
        var anonymous = new WebClient(base());
        for (var path : List.of("api/application.wadl", "api/application.wadl?detail=true")) {
            var response = anonymous.getRaw(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(new String(response.body(), StandardCharsets.UTF_8).contains("<application"), path);
        }
        var options = anonymous.exchange("OPTIONS", "api/v1/members/malee", Map.of());
        assertFalse(options.body().contains("wadl"), "no WADL in an OPTIONS answer either: " + options.body());
    }

    // ---- headers and the session cookie ------------------------------------------------------

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        for (var path : List.of("forum/index", "account/login", "account/signup")) {
            var page = new WebClient(base()).get(path);
            assertEquals(200, page.status(), path);
            assertEquals("DENY", page.header("X-Frame-Options"), path);
            assertEquals("nosniff", page.header("X-Content-Type-Options"), path);
            assertTrue(String.valueOf(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'"), path);
            assertScriptsOnlyByNonce(path, page, false);
            assertTrue(
                    String.valueOf(page.header("Permissions-Policy")).contains("camera=(self)"),
                    path + ": " + page.response().headers().map());
            assertNoServerHeader(path, page.response());
        }
        var api = new WebClient(base()).exchange("GET", "api/v1/members/malee", Map.of());
        assertNoServerHeader("the API", api);
        assertTrue(
                api.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"),
                "not a page, the same policy without a nonce: " + api.headers().map());
        var member = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD).get("member/verify");
        assertScriptsOnlyByNonce("member/verify", member, true);
        assertEquals("DENY", member.header("X-Frame-Options"));
        assertEquals("nosniff", member.header("X-Content-Type-Options"));
    }

    @Test
    void forbiddenPageCarriesSecurityHeadersToo() throws Exception {
        var forbidden = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD).get("admin/index");
        assertForbiddenPage("admin/index", forbidden);
        assertEquals(
                "DENY",
                forbidden.header("X-Frame-Options"),
                "403 page " + forbidden.response().headers().map());
        assertEquals(
                "nosniff",
                forbidden.header("X-Content-Type-Options"),
                "403 page " + forbidden.response().headers().map());
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var browser = new WebClient(base());
        // A guest gets a session only when it has something to hold: here, where to go back after sign-in.
        var sentAway = browser.getRaw("member/status");
        var anonymousCookie = sessionSetCookie(sentAway)
                .orElseThrow(() -> new AssertionError("no " + SESSION_COOKIE + " cookie set: "
                        + sentAway.headers().map()));
        assertCookieFlags(anonymousCookie);
        var loginPage = browser.get("account/login");

        var form = browser.form(loginPage, "login");
        var params = new LinkedHashMap<String, String>();
        params.put("login", "login");
        params.putAll(form.hidden());
        params.put("login:username", MEMBER);
        params.put("login:password", MEMBER_PASSWORD);
        params.put("login:submit", "");
        var signedIn = browser.post(form.action(), params, Map.of());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        var authenticatedCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "a new session cookie at sign-in: " + signedIn.headers().map()));
        assertCookieFlags(authenticatedCookie);
    }

    @Test
    void sessionIdChangesAtSignInAndTheOldOneIsWorthless() throws Exception {
        var browser = new WebClient(base());
        browser.get("member/verify");
        var before = sessionCookie(browser).orElseThrow(() -> new AssertionError("a session before sign-in"));

        PageKit.assertSignedIn(browser.login(MEMBER, MEMBER_PASSWORD), MEMBER);
        var after = sessionCookie(browser).orElseThrow(() -> new AssertionError("a session after sign-in"));
        assertNotEquals(before.getValue(), after.getValue(), "a fresh session id at sign-in (no fixation)");
        assertEquals(200, browser.get("member/verify").status());

        // Someone who planted or kept the pre-login id gets nothing from it.
        var attacker = new WebClient(base());
        var planted = new HttpCookie(SESSION_COOKIE, before.getValue());
        planted.setPath(before.getPath() == null ? "/" : before.getPath());
        planted.setVersion(0);
        attacker.cookies().getCookieStore().add(base(), planted);
        assertSentToSignIn("member/verify with the pre-login session id", attacker.getRaw("member/verify"));
    }

    // ---- guests: no session until they sign in ----------------------------------------------

    @Test
    void guestPagesStartNoSession() throws Exception {
        var guest = new WebClient(base());
        var link = THREAD_LINK.matcher(new String(guest.getRaw("forum/general").body(), StandardCharsets.UTF_8));
        assertTrue(link.find(), "a thread to open");
        var pages = new LinkedHashMap<String, Integer>();
        pages.put("forum/", 200);
        pages.put("forum/general", 200);
        pages.put(relativeToBase(link.group(1)), 200);
        pages.put("account/login", 200);
        pages.put("account/signup", 200);
        pages.put("account/resend", 200);
        pages.put("forum/t/999999999/nothing", 404);
        pages.put("no/such/page", 404);
        pages.put("forum/thread.xhtml?id=x", 404);
        for (var page : pages.entrySet()) {
            var response = guest.getRaw(page.getKey());
            assertEquals(page.getValue(), response.statusCode(), page.getKey());
            assertEquals(
                    List.of(),
                    response.headers().allValues("Set-Cookie").stream()
                            .filter(c -> c.startsWith(SESSION_COOKIE) || c.startsWith("JSESSIONID"))
                            .toList(),
                    page.getKey() + " starts no session for a guest");
        }
        // A wrong password changes nothing worth a session either.
        var failed = guest.submit(
                guest.get("account/login"), "login", Map.of("username", MEMBER, "password", "wrong"), "submit");
        assertTrue(failed.contains("Sign in"), failed.body());
        assertTrue(sessionCookie(guest).isEmpty(), "no session after a failed sign-in");

        var signedIn = guest.login(MEMBER, MEMBER_PASSWORD);
        PageKit.assertSignedIn(signedIn, MEMBER);
        assertTrue(sessionCookie(guest).isPresent(), "signing in starts the session");
        assertEquals(200, guest.get("member/verify").status());
    }

    /**
     * Issue 12.5: what a guest reads loads no PrimeFaces (no widget script, theme, icon font or translations),
     * comes compressed, and every style sheet, script and icon it names carries a version and is cached for a
     * year. Pages with widgets (the wizard) keep PrimeFaces.
     */
    @Test
    void guestPagesAreLightCompressedAndTheirResourcesCachedForAYear() throws Exception {
        var guest = new WebClient(base());
        var link = THREAD_LINK.matcher(new String(guest.getRaw("forum/general").body(), StandardCharsets.UTF_8));
        assertTrue(link.find(), "a thread to open");
        // HTTP/1.1, as browsers speak to a plain-HTTP server (they never upgrade to cleartext HTTP/2, where Payara
        // does not compress).
        var http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        var resource = Pattern.compile("(?:href|src)=\"([^\"]*/jakarta\\.faces\\.resource/[^\"]+)\"");
        for (var path :
                List.of("forum/", "forum/general", relativeToBase(link.group(1)), "account/login", "account/signup")) {
            var page = guest.get(path);
            assertEquals(200, page.status(), path);
            assertFalse(page.body().contains("ln=primefaces"), path + " loads nothing of PrimeFaces\n" + page.body());
            assertTrue(page.body().contains("rel=\"icon\""), path + " names its icon (no 404 for /favicon.ico)");

            var gzipped = http.send(
                    java.net.http.HttpRequest.newBuilder(base().resolve(path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("gzip", header(gzipped, "Content-Encoding"), path + " comes compressed");

            var resources = resource.matcher(page.body());
            int count = 0;
            while (resources.find()) {
                count++;
                var url = WebClient.unescape(resources.group(1));
                assertTrue(url.contains("v="), url + " names its version");
                var answer = guest.getRaw(base().resolve(url).toString());
                assertEquals(200, answer.statusCode(), url);
                assertEquals("public, max-age=31536000, immutable", header(answer, "Cache-Control"), url);
            }
            assertTrue(count >= 2, path + ": the style sheet and the icon at least");
        }
        var missing = guest.getRaw("jakarta.faces.resource/css/trustmark.css.xhtml");
        assertEquals(200, missing.statusCode(), "the unversioned name still answers");
        assertFalse(
                String.valueOf(header(missing, "Cache-Control")).contains("immutable"),
                "without a version, no promise for a year: " + header(missing, "Cache-Control"));

        var member = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD);
        var wizard = member.get("member/verify");
        assertTrue(wizard.body().contains("components.js.xhtml?ln=primefaces"), "the wizard keeps its widgets");
        assertTrue(wizard.body().contains("theme.css.xhtml"), "and their theme");
    }

    @Test
    void aStatelessFormPostedFromAnotherSiteIsRefused() throws Exception {
        var guest = new WebClient(base());
        var loginPage = guest.get("account/login");
        var form = guest.form(loginPage, "login");
        var params = new LinkedHashMap<String, String>();
        params.put("login", "login");
        params.putAll(form.hidden());
        params.put("login:username", MEMBER);
        params.put("login:password", MEMBER_PASSWORD);
        params.put("login:submit", "");
        var crossSite = guest.post(form.action(), params, Map.of("Origin", "https://evil.example"));
        assertEquals(403, crossSite.statusCode(), "login CSRF: " + crossSite.body());
        assertTrue(sessionCookie(guest).isEmpty(), "and nobody was signed in");
        var fetchMarked = guest.post(form.action(), params, Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, fetchMarked.statusCode());
        var sameSite = guest.post(
                form.action(),
                params,
                Map.of("Origin", base().resolve("/").toString().replaceAll("/$", "")));
        assertEquals(302, sameSite.statusCode(), "the same form from this site signs in: " + sameSite.body());
    }

    /**
     * A post without PrimeFaces' CSP nonce (a bot, a page from before a deploy) or with a wrong one is bad input:
     * a 400 with the error page in the reader's language, and no stack trace in the server's log.
     */
    @Test
    void aFormPostedWithoutItsPageNonceGetsA400PageNotAServerError() throws Exception {
        // Guests' pages are stateless and keep no nonce to compare (their posts must come from this site:
        // platform.web.StatelessPostFilter); a signed-in page's view, and its nonce, the server keeps.
        try (var log = ServerLog.start()) {
            var member = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD);
            var page = member.get("member/verify");
            var form = member.form(page, "verify");
            var params = new LinkedHashMap<String, String>(form.hidden());
            params.put("verify", "verify");
            params.put("primefaces.nonce", "bm90LXRoZS1wYWdlcy1ub25jZQ==");
            var wrong = member.post(form.action(), params, Map.of());
            assertEquals(400, wrong.statusCode(), wrong.body());
            assertTrue(wrong.body().contains("Form not accepted"), wrong.body());

            var again = member.form(member.get("member/verify"), "verify");
            var without = new LinkedHashMap<String, String>(again.hidden());
            without.put("verify", "verify");
            assertTrue(without.remove("primefaces.nonce") != null, "the page carries PrimeFaces' nonce: " + without);
            var missing = member.post(again.action(), without, Map.of());
            assertEquals(400, missing.statusCode(), missing.body());
            assertTrue(missing.body().contains("Form not accepted"), missing.body());

            Thread.sleep(1_000); // the last lines of the server's output are still on their way
            var text = log.text();
            assertTrue(text.contains("Faces post refused (400)"), "the refusal is logged, as one line:\n" + text);
            assertFalse(text.contains("CspException"), "no stack trace for bad input:\n" + text);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private URI base() throws Exception {
        return base.toURI();
    }

    /** The fixture: a fresh member's ID card in the queue, its request id and the image's URL as an admin sees it. */
    private Uploaded uploaded() throws Exception {
        synchronized (AccessControlIT.class) {
            if (uploaded == null) {
                uploaded = upload();
            }
            return uploaded;
        }
    }

    private Uploaded upload() throws Exception {
        var owner = TestData.newMember("access");
        var browser = PageKit.confirmedMember(base(), owner);
        Wizard.citizen(browser, owner);

        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), owner.username());
        var review = admin.get("admin/review?id=" + requestId);
        var img = Pattern.compile("<img[^>]*src=\"([^\"]*/admin/documents/\\d+)\"")
                .matcher(review.body());
        assertTrue(img.find(), "the review page shows the document\n" + review.body());
        var image = admin.getRaw(relativeToBase(img.group(1)));
        assertEquals(200, image.statusCode());
        return new Uploaded(owner, requestId, img.group(1), image.body());
    }

    /** The claims the audit trail lists for a request, as "actor REQUEST_CLAIMED". */
    private static List<String> claims(WebClient admin, String requestId) {
        return ReviewKit.audit(admin, "REQUEST", requestId).stream()
                .filter(r -> r.endsWith("REQUEST_CLAIMED"))
                .toList();
    }

    /** "/trustmark/admin/documents/7" → "admin/documents/7", resolved against the deployment's base URL. */
    private String relativeToBase(String absolutePath) throws Exception {
        var basePath = base().getPath();
        return absolutePath.startsWith(basePath)
                ? absolutePath.substring(basePath.length())
                : absolutePath.substring(1);
    }

    private void assertDocumentRefused(WebClient member, Uploaded document) throws Exception {
        var response = member.getRaw(relativeToBase(document.documentPath()));
        assertEquals(403, response.statusCode(), "a member asking for " + document.documentPath());
        var type = String.valueOf(header(response, "Content-Type"));
        assertFalse(type.startsWith("image/"), "no image content type: " + type);
        assertNoImage(document.documentPath(), response.body());
        var body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains(FORBIDDEN_BODY), body);
    }

    /** One policy header, whose script-src allows this site and the page's nonce, which every script tag carries. */
    private static void assertScriptsOnlyByNonce(String path, WebClient.Page page, boolean widgets) {
        var policies = page.response().headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), path + ": one policy header " + policies);
        var nonce =
                Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(policies.get(0));
        assertTrue(nonce.find(), path + ": " + policies.get(0));
        var scripts = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(
                    scripts.group().contains("nonce=\"" + nonce.group(1) + "\""),
                    path + ": a script without the page's nonce: " + scripts.group());
        }
        // A guest's plain page may have no script at all (issue 12.5); a page with widgets has PrimeFaces'.
        assertTrue(!widgets || count > 0, path + ": PrimeFaces' scripts are on the page");
        assertFalse(
                Pattern.compile("<[a-z]+\\s[^>]*\\son[a-z]+=\"")
                        .matcher(page.body())
                        .find(),
                path + ": no inline event handler attributes (the policy would block them)");
    }

    private static void assertNoServerHeader(String what, HttpResponse<?> response) {
        assertTrue(
                response.headers().firstValue("Server").isEmpty(),
                what + " names the server: " + response.headers().map());
        assertTrue(
                response.headers().firstValue("X-Powered-By").isEmpty(),
                what + ": " + response.headers().map());
    }

    private static void assertForbiddenPage(String what, WebClient.Page page) {
        assertEquals(403, page.status(), what + " as a member: " + page.uri() + "\n" + page.body());
        assertTrue(page.contains(FORBIDDEN_TITLE) && page.contains(FORBIDDEN_BODY), what + "\n" + page.body());
    }

    private static void assertSentToSignIn(String what, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            return;
        }
        assertTrue(status == 302 || status == 303, what + ": expected a redirect to sign in, got " + status);
        var location = response.headers().firstValue("Location").orElse("");
        assertTrue(URI.create(location).getPath().endsWith("/account/login"), what + " redirected to " + location);
    }

    /** No JPEG start-of-image marker anywhere in the body, so no image bytes leaked. */
    private static void assertNoImage(String what, byte[] body) {
        for (int i = 0; i + 2 < body.length; i++) {
            if ((body[i] & 0xFF) == 0xFF && (body[i + 1] & 0xFF) == 0xD8 && (body[i + 2] & 0xFF) == 0xFF) {
                throw new AssertionError(what + ": the response contains JPEG data at offset " + i);
            }
        }
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static Optional<String> sessionSetCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION_COOKIE + "="))
                .findFirst();
    }

    private static Optional<HttpCookie> sessionCookie(WebClient browser) {
        return browser.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE))
                .findFirst();
    }

    private static void assertCookieFlags(String setCookie) {
        var attributes =
                List.of(setCookie.split(";")).stream().map(String::strip).toList();
        assertTrue(attributes.stream().anyMatch(a -> a.equalsIgnoreCase("HttpOnly")), "HttpOnly: " + setCookie);
        assertTrue(attributes.stream().anyMatch(a -> a.equalsIgnoreCase("SameSite=Lax")), "SameSite=Lax: " + setCookie);
        assertEquals(
                1,
                attributes.stream()
                        .filter(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith("samesite="))
                        .count(),
                "one SameSite attribute: " + setCookie);
    }
}
