package io.trustmark.it;

import static io.trustmark.it.PageKit.ADMIN;
import static io.trustmark.it.PageKit.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Steps the review workbench tests share: a member with a request in the queue, the review page, and
 * what the audit page lists for a subject. Everything goes through the real pages.
 */
final class ReviewKit {

    static final String ADMIN2 = "admin2";
    static final String ADMIN2_PASSWORD = "Second-Reviewer-2026";
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private static final Pattern AUDIT_ROW = Pattern.compile(
            "<tr[^>]*>\\s*<td[^>]*>[^<]*</td>\\s*<td[^>]*>(?:<span translate=\"no\">)?([^<]*)(?:</span>)?</td>\\s*<td[^>]*><span class=\"tm-audit-action\" data-action=\"([A-Z_]+)\">");

    /** A member (signed in, in {@code browser}) with one request in the queue. */
    record Applicant(TestData.Member member, WebClient browser, String requestId) {}

    private ReviewKit() {}

    /** A new confirmed member who sends their ID card; the request id is read from the admin queue. */
    static Applicant applicant(URI base, String prefix) {
        var member = TestData.newMember(prefix);
        var browser = PageKit.confirmedMember(base, member);
        return new Applicant(member, browser, send(base, member, browser));
    }

    /** Sends the member's ID card (again); returns the new request's id. */
    static String send(URI base, TestData.Member member, WebClient browser) {
        var sent = sendCard(member, browser);
        assertTrue(sent.contains("Waiting for review"), sent.body());
        return PageKit.requestIdFor(admin(base).get("admin/index").body(), member.username());
    }

    /** The whole Citizen path of the wizard, up to and including "send"; the page after sending, refused or not. */
    static WebClient.Page sendCard(TestData.Member member, WebClient browser) {
        return Wizard.sendCard(browser, Wizard.card(member.idNumber()), TestData.cardJpeg(member.idNumber()));
    }

    static WebClient admin(URI base) {
        return PageKit.signedIn(base, ADMIN, ADMIN_PASSWORD);
    }

    static WebClient admin2(URI base) {
        return PageKit.signedIn(base, ADMIN2, ADMIN2_PASSWORD);
    }

    /**
     * Opens the review page and, when nobody holds the request, starts the review ("Start review", a POST:
     * opening the page claims nothing); returns the page the admin then sees.
     */
    static WebClient.Page review(WebClient admin, String requestId) {
        var page = admin.get("admin/review?id=" + requestId);
        assertEquals(200, page.status(), page.uri() + "\n" + page.body());
        if (PageKit.hasForm(page, "claimIt")) {
            page = admin.submit(page, "claimIt", Map.of(), "submit");
            assertEquals(200, page.status(), page.uri() + "\n" + page.body());
        }
        return page;
    }

    /** Approves the request on {@code review} (the admin holds it); returns the page after, which says so. */
    static WebClient.Page approve(WebClient admin, WebClient.Page review) {
        var approved = admin.submit(review, "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), approved.body());
        return approved;
    }

    /** The admin lowers {@code username} to Registered for misuse (the member page's form); the member is told. */
    static WebClient.Page lowerToRegistered(WebClient admin, String username) {
        var lowered = admin.submit(
                admin.get("admin/member?u=" + username),
                "lower",
                Map.of("target", "REGISTERED", "reasonCode", "MISUSE", "reason", "Sold counterfeit goods."),
                "submit");
        assertTrue(
                PageKit.pageMessages(lowered).contains(username + " is now Registered. The member was told by e-mail."),
                lowered.body());
        return lowered;
    }

    /** What the page says in the status shown under "Status" on the review page. */
    static String status(WebClient.Page review) {
        var matcher = Pattern.compile("<dd id=\"status\">([^<]*)</dd>").matcher(review.body());
        assertTrue(matcher.find(), review.body());
        return WebClient.unescape(matcher.group(1));
    }

    /** The (actor, action) pairs the audit page lists for one subject, newest first. */
    static List<String> audit(WebClient admin, String subjectType, String subjectId) {
        var page = admin.get("admin/audit?type=" + subjectType + "&subject=" + subjectId);
        assertEquals(200, page.status(), page.body());
        var rows = new ArrayList<String>();
        var matcher = AUDIT_ROW.matcher(page.body());
        while (matcher.find()) {
            rows.add(matcher.group(1).strip() + " " + matcher.group(2));
        }
        return rows;
    }

    static String subject(jakarta.mail.Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    static long mailsWithSubject(String email, String subjectPart, int atLeast) {
        return TestServers.mailsTo(email, atLeast, MAIL_WAIT).stream()
                .filter(m -> subject(m).contains(subjectPart))
                .count();
    }
}
