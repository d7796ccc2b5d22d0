package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole Citizen journey through the real pages and the real mail path: sign up, confirm through the
 * link GreenMail received, send the ID card, an admin approves, and the green C appears on the member's
 * posts while the Marketplace opens to them.
 */
class CitizenJourneyIT extends DeployedApp {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Test
    void registeredMemberBecomesCitizen() throws Exception {
        var member = TestData.newMember("journey");
        var browser = new WebClient(base.toURI());

        var signUp = browser.get("account/signup");
        var afterSignUp = browser.submit(
                signUp,
                "signup",
                Map.of(
                        "username", member.username(),
                        "email", member.email(),
                        "password", TestData.PASSWORD,
                        "nationality", "true",
                        "idNumber", PageKit.spaced(member.idNumber())),
                "submit");
        assertTrue(afterSignUp.contains("We sent a confirmation link"), afterSignUp.body());

        var link = TestServers.linkInMail(member.email(), "Confirm", MAIL_WAIT).orElseThrow();
        var confirmed = browser.get(PageKit.relative(link));
        assertTrue(confirmed.contains("your e-mail address is confirmed"), confirmed.body());

        var forum = browser.login(member.username(), TestData.PASSWORD);
        assertTrue(forum.contains(member.username()), "signed in");
        var thread = browser.submit(
                browser.get("member/new-thread?b=general"),
                "thread",
                Map.of("title", "Hello from " + member.username(), "body", "First post"),
                "submit");
        assertEquals(200, thread.status());
        assertFalse(badgeBefore(thread.body(), member.username()), "no badge before verification");
        var marketplace = browser.get("member/new-thread?b=marketplace");
        assertTrue(marketplace.contains("Only verified members (Citizen) may start sale threads"));

        Wizard.citizen(browser, member);
        assertEquals(
                1,
                TestServers.mailsTo(member.email(), 2, MAIL_WAIT).stream()
                        .filter(m -> subject(m).contains("received"))
                        .count());

        var admin = new WebClient(base.toURI());
        admin.login("admin", "Review-Queue-2026");
        var queue = admin.get("admin/index");
        assertEquals(200, queue.status(), queue.uri() + "\n" + queue.body());
        var requestId = PageKit.requestIdFor(queue.body(), member.username());
        var review = ReviewKit.review(admin, requestId);
        assertTrue(review.contains(member.username()));
        assertTrue(
                review.body().contains("id=\"checkMatch\"") && review.body().contains("tm-pass"), "number check shown");
        assertTrue(
                review.body().contains("class=\"tm-check-PASS\" id=\"check-NUMBER_MATCH\""),
                "stored number check shown\n" + review.body());
        var imagePath = Pattern.compile("src=\"([^\"]*/admin/documents/\\d+)\"").matcher(review.body());
        assertTrue(imagePath.find(), "document image on the review page");
        var image = admin.getRaw(imagePath.group(1));
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", image.headers().firstValue("Cache-Control").orElse(""));

        var approved = admin.submit(review, "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), approved.body());

        var decision = TestServers.mailsTo(member.email(), 3, MAIL_WAIT);
        assertTrue(decision.stream().anyMatch(m -> subject(m).contains("You are verified")), "decision mail");

        var board = browser.get("forum/board?b=general");
        assertTrue(badgeBefore(board.body(), member.username()), "badge before the author's name in the list");
        var sale = browser.submit(
                browser.get("member/new-thread?b=marketplace"),
                "thread",
                Map.of("title", "Selling a bicycle", "body", "Like new"),
                "submit");
        assertTrue(sale.contains("Selling a bicycle"), sale.body());
        assertTrue(badgeBefore(sale.body(), member.username()), "badge on the post");
    }

    static boolean badgeBefore(String html, String username) {
        return Pattern.compile("tm-badge-citizen[^>]*>C</span>\\s*<span class=\"tm-author-name\"[^>]*>"
                        + Pattern.quote(username) + "<")
                .matcher(html)
                .find();
    }

    private static String subject(jakarta.mail.Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
