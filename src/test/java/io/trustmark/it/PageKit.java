package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading what a person sees on a page (field messages, page messages, text without HTML escapes) and
 * the few steps the access, sign-up and upload tests share. Everything goes through the real pages.
 */
final class PageKit {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Review-Queue-2026";
    static final String MEMBER = "somchai";
    static final String MEMBER_PASSWORD = "Somtam-Spicy-2026";
    static final String CITIZEN = "malee";
    static final String CITIZEN_PASSWORD = "Jasmine-Garden-2026";

    static final String LOGIN_FAILED = "Wrong username or password.";
    static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    /** A PrimeFaces p:message (pages with widgets): its div, then the script (with the page's CSP nonce) that binds it to its input ("target"). */
    private static final Pattern FIELD_MESSAGE = Pattern.compile(
            "<div id=\"([^\"]+)\"[^>]*class=\"ui-message[^\"]*\"[^>]*>(.*?)<script id=\"\\1_s\"[^>]*>([^<]*)</script>",
            Pattern.DOTALL);

    private static final Pattern MESSAGE_DETAIL = Pattern.compile("ui-message-\\w+-detail\"[^>]*>([^<]*)<");
    private static final Pattern PAGE_MESSAGES = Pattern.compile(
            "<div id=\"pageMessages\"[^>]*>(.*?)</div><script id=\"pageMessages_s\"[^>]*>", Pattern.DOTALL);
    private static final Pattern PAGE_MESSAGE_SUMMARY = Pattern.compile("ui-messages-\\w+-summary\">([^<]*)<");

    /** The page messages of a plain page (h:messages, no PrimeFaces): one list item each. */
    private static final Pattern PLAIN_PAGE_MESSAGES =
            Pattern.compile("<ul id=\"pageMessages\"[^>]*>(.*?)</ul>", Pattern.DOTALL);

    private static final Pattern LIST_ITEM = Pattern.compile("<li[^>]*>(.*?)</li>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private PageKit() {}

    // ---- what the page says ------------------------------------------------------------------

    /** The message PrimeFaces shows beside input {@code formId:field}, as the person reads it. */
    static Optional<String> fieldMessage(WebClient.Page page, String formId, String field) {
        // A plain page's h:message, named after its field ("login:usernameMessage").
        var plain = Pattern.compile(
                        "<(span|div) id=\"" + Pattern.quote(formId + ":" + field) + "Message\"[^>]*>(.*?)</\\1>",
                        Pattern.DOTALL)
                .matcher(page.body());
        if (plain.find()) {
            var text = WebClient.unescape(TAG.matcher(plain.group(2)).replaceAll(""))
                    .strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        var matcher = FIELD_MESSAGE.matcher(page.body());
        var target = "target:\"" + formId + ":" + field + "\"";
        while (matcher.find()) {
            if (matcher.group(3).contains(target)) {
                var detail = MESSAGE_DETAIL.matcher(matcher.group(2));
                return detail.find()
                        ? Optional.of(WebClient.unescape(detail.group(1)).strip())
                        : Optional.empty();
            }
        }
        throw new AssertionError(
                "No message element for " + formId + ":" + field + " on " + page.uri() + ":\n" + page.body());
    }

    /** Asserts that exactly {@code expected} is shown beside the field. */
    static void assertFieldMessage(WebClient.Page page, String formId, String field, String expected) {
        assertEquals(
                Optional.of(expected),
                fieldMessage(page, formId, field),
                "message beside " + formId + ":" + field + " on " + page.uri() + "\n" + page.body());
    }

    /** The messages for the whole page (the p:messages at the top), as the person reads them. */
    static List<String> pageMessages(WebClient.Page page) {
        var block = PAGE_MESSAGES.matcher(page.body());
        var messages = new ArrayList<String>();
        var plain = PLAIN_PAGE_MESSAGES.matcher(page.body());
        if (plain.find()) {
            var item = LIST_ITEM.matcher(plain.group(1));
            while (item.find()) {
                messages.add(WebClient.unescape(TAG.matcher(item.group(1)).replaceAll(""))
                        .strip());
            }
            return messages;
        }
        if (block.find()) {
            var summary = PAGE_MESSAGE_SUMMARY.matcher(block.group(1));
            while (summary.find()) {
                messages.add(WebClient.unescape(summary.group(1)).strip());
            }
        }
        return messages;
    }

    /** The page as text a person reads: entities resolved, so quotes and the like compare plainly. */
    static String text(WebClient.Page page) {
        return WebClient.unescape(page.body());
    }

    static boolean hasForm(WebClient.Page page, String formId) {
        return page.body().contains("<form id=\"" + formId + "\"");
    }

    // ---- shared steps --------------------------------------------------------------------------

    /** The sign-up form filled in for a Thai member; callers change single fields to provoke a refusal. */
    static Map<String, String> thaiSignUp(TestData.Member member) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", member.username());
        fields.put("email", member.email());
        fields.put("password", TestData.PASSWORD);
        fields.put("nationality", "true");
        fields.put("idNumber", member.idNumber());
        return fields;
    }

    static WebClient.Page signUp(WebClient browser, Map<String, String> fields) {
        return browser.submit(browser.get("account/signup"), "signup", fields, "submit");
    }

    /**
     * What a browser does when "Other nationality" is picked on the sign-up page: nothing goes to the server (the
     * plain page's small script shows the country list, which the page already holds switched off, and renames the
     * number field); the post then names the nationality itself. Returns the page, ready to submit.
     */
    static WebClient.Page otherNationality(WebClient browser, WebClient.Page signUpPage) {
        var body = signUpPage.body();
        assertTrue(
                Pattern.compile("<select id=\"signup:country\" name=\"signup:country\"[^>]*disabled")
                        .matcher(body)
                        .find(),
                "the country list is on the page, switched off for a Thai member\n" + body);
        assertTrue(body.contains("data-tm-other=\"Passport number\""), "the number field's other name\n" + body);
        assertTrue(body.contains("js/signup.js"), "the script that switches them\n" + body);
        return signUpPage;
    }

    /** Signs {@code member} up through the page and asserts the welcome message. */
    static WebClient signedUp(URI base, TestData.Member member) {
        var browser = new WebClient(base);
        var done = signUp(browser, thaiSignUp(member));
        assertTrue(
                pageMessages(done)
                        .contains("Welcome! We sent a confirmation link to " + member.email()
                                + ". Open it to confirm your address, then sign in."),
                done.uri() + "\n" + done.body());
        return browser;
    }

    /** The newest confirmation link mailed to {@code email}, as a path relative to the application. */
    static String confirmationLink(String email) {
        var link = TestServers.linkInMail(email, "Confirm", MAIL_WAIT)
                .orElseThrow(() -> new AssertionError("No confirmation mail to " + email));
        return relative(link);
    }

    /** Signs up, opens the mailed link, and signs in: a member who may post and send an ID card. */
    static WebClient confirmedMember(URI base, TestData.Member member) {
        var browser = signedUp(base, member);
        var confirmed = browser.get(confirmationLink(member.email()));
        assertTrue(text(confirmed).contains("Thank you, your e-mail address is confirmed."), confirmed.body());
        assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());
        return browser;
    }

    static WebClient signedIn(URI base, String username, String password) {
        var browser = new WebClient(base);
        assertSignedIn(browser.login(username, password), username);
        return browser;
    }

    static void assertSignedIn(WebClient.Page page, String username) {
        assertTrue(
                hasForm(page, "signOut") && page.body().contains(">" + username + "<"),
                username + " should be signed in, but got " + page.uri() + "\n" + page.body());
    }

    static void assertNotSignedIn(WebClient.Page page) {
        assertTrue(
                !hasForm(page, "signOut") && hasForm(page, "login"),
                "should still be on the sign-in page, but got " + page.uri() + "\n" + page.body());
    }

    /** The admin queue's cell of {@code username} (a whole cell, not a prefix of a longer name; a name, not text). */
    static Pattern queueCell(String username) {
        return Pattern.compile("<td[^>]*>\\s*<span translate=\"no\">" + Pattern.quote(username) + "</span>\\s*</td>");
    }

    /** Whether the admin queue has a row for {@code username}. */
    static int queueRowsFor(WebClient admin, String username) {
        var queue = admin.get("admin/index");
        assertEquals(200, queue.status(), queue.uri() + "\n" + queue.body());
        var matcher = queueCell(username).matcher(queue.body());
        int rows = 0;
        while (matcher.find()) {
            rows++;
        }
        return rows;
    }

    /** A confirmed member who sent their ID card; returns the request id from the admin queue. */
    static String submittedRequest(URI base, TestData.Member member) {
        return submittedRequest(base, member, TestData.cardJpeg(member.idNumber()));
    }

    /** A confirmed member who sent {@code image} as their ID card; returns the request id from the admin queue. */
    static String submittedRequest(URI base, TestData.Member member, byte[] image) {
        var browser = confirmedMember(base, member);
        Wizard.citizen(browser, Wizard.card(member.idNumber()), image);
        return requestIdFor(
                signedIn(base, ADMIN, ADMIN_PASSWORD).get("admin/index").body(), member.username());
    }

    /** The signed-in member's account id, as their own data archive ("My data", download) states it. */
    static long accountId(WebClient browser) {
        var download = browser.submit(browser.get("member/data"), "archive", Map.of(), "download");
        assertEquals(200, download.status(), download.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(download.body()))) {
            return reader.readObject()
                    .getJsonObject("account")
                    .getJsonNumber("id")
                    .longValue();
        }
    }

    /** The signed-in member erases their account ("My data": ticked, password again); returns the page after. */
    static WebClient.Page eraseAccount(WebClient browser) {
        var done = browser.submit(
                browser.get("member/data"),
                "erase",
                Map.of("confirmed", "on", "password", TestData.PASSWORD),
                "submit");
        assertTrue(text(done).contains("Your account is erased"), done.uri() + "\n" + done.body());
        return done;
    }

    /** The path of the first document image ({@code admin/documents/<id>}) a review page shows. */
    static String documentPath(WebClient.Page review) {
        var img = Pattern.compile("<img[^>]*src=\"[^\"]*?/?(admin/documents/\\d+)\"")
                .matcher(review.body());
        assertTrue(img.find(), "the review page shows the document\n" + review.body());
        return img.group(1);
    }

    static String requestIdFor(String queueHtml, String username) {
        var row = Pattern.compile(Pattern.quote(username) + ".*?admin/review[^\"]*id=(\\d+)", Pattern.DOTALL)
                .matcher(queueHtml);
        if (!row.find()) {
            throw new AssertionError("No queued request for " + username + ":\n" + queueHtml);
        }
        return row.group(1);
    }

    /** The number as printed on the card: {@code N NNNN NNNNN NN N}. */
    static String spaced(String id) {
        return id.charAt(0) + " " + id.substring(1, 5) + " " + id.substring(5, 10) + " " + id.substring(10, 12) + " "
                + id.charAt(12);
    }

    static String relative(String link) {
        var uri = URI.create(link);
        return uri.getPath().substring(1) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
