package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trustmark.membership.domain.reading.Ocr;
import io.trustmark.membership.domain.reading.SyntheticDocuments;
import io.trustmark.platform.domain.Languages;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
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
        // forumfast: a guest gets the thread page kept rendered (same ETag, no badge) before the approval.
        var guest = new WebClient(base.toURI());
        var threadUrl = thread.uri().toString();
        var guestBefore = guest.get(threadUrl);
        var guestKept = guest.get(threadUrl);
        assertEquals(200, guestKept.status(), guestKept.body());
        assertNotNull(guestKept.header("ETag"), "a guest's thread page is kept");
        assertEquals(guestBefore.header("ETag"), guestKept.header("ETag"), "served again, the same kept page");
        assertFalse(badgeBefore(guestKept.body(), member.username()));
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

        // The approval raised the marks generation: the guest's kept thread page shows the C at once.
        var guestAfter = guest.get(threadUrl);
        assertTrue(badgeBefore(guestAfter.body(), member.username()), "the approval shows on the kept page at once");
        assertNotEquals(guestKept.header("ETag"), guestAfter.header("ETag"));

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

    // ---- ocr: machine reading in the server (tesseract, as .ci/run installs it) ---------------------------------

    @Test
    void anUploadedCardIsOfferedToTheMemberAndLaidBesideTheTypedDataWithItsReligionBlanked() throws Exception {
        assumeTrue(Ocr.available(), "tesseract not installed");
        var member = TestData.newMember("prefill");
        var card = SyntheticDocuments.idCardFront(41, member.idNumber());
        var p = card.person();
        // The member types a wrong expiry: what was read is offered, and taken only when the member says so.
        var typedExpiry = p.expiry().plusYears(1);
        var wizard = readCard(member, card, member.idNumber(), typedExpiry);
        var summary = PageKit.text(wizard.page());
        assertTrue(summary.contains("What we read from your photo"), summary);
        var english = Languages.date(p.expiry(), Locale.ENGLISH);
        assertTrue(
                summary.contains("You typed: " + Languages.date(typedExpiry, Locale.ENGLISH)),
                "the typed expiry is shown beside the read one\n" + summary);
        assertTrue(wizard.page().body().contains("id=\"prefill-expiry\" class=\"tm-fail\""), "flagged");
        assertTrue(summary.contains("The religion field on your card was found and blanked"), summary);

        wizard.press("prefillUse");
        var used = PageKit.text(wizard.page());
        assertTrue(used.contains("What was read from your photo is now in your request"), used);
        assertTrue(wizard.page().body().contains(english), "the summary shows the read expiry\n" + used);
        assertFalse(used.contains("You typed:"), "nothing left that differs\n" + used);
        var sent = wizard.submit();
        assertTrue(sent.contains("Waiting for review"), sent.body());

        var admin = PageKit.signedIn(base.toURI(), PageKit.ADMIN, PageKit.ADMIN_PASSWORD);
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var review = admin.get("admin/review?id=" + requestId);
        var text = PageKit.text(review);
        assertTrue(text.contains("Read from the photo, typed and registered"), text);
        assertEquals("tm-pass", readRow(review, "number"), "the number agrees\n" + text);
        assertEquals("tm-pass", readRow(review, "expiry"), "the expiry agrees\n" + text);
        assertTrue(text.contains("The religion field was found and blanked"), text);
        // The stored image, decrypted as the reviewer gets it: no ink left where the religion was printed.
        var shown = ImageIO.read(
                new ByteArrayInputStream(admin.getRaw(documentPath(review)).body()));
        var religion = card.religion();
        int darkest = 255;
        for (int y = religion.y; y < religion.y + religion.height; y++) {
            for (int x = religion.x; x < religion.x + religion.width; x++) {
                int rgb = shown.getRGB(x, y);
                darkest = Math.min(darkest, Math.min((rgb >> 16) & 255, Math.min((rgb >> 8) & 255, rgb & 255)));
            }
        }
        assertTrue(darkest > 120, "the religion area is blanked (darkest " + darkest + ")");
    }

    @Test
    void aCardPrintedWithAnotherNumberIsFlaggedThoughTheRegisteredNumberWasTyped() throws Exception {
        assumeTrue(Ocr.available(), "tesseract not installed");
        var member = TestData.newMember("printed");
        var card = SyntheticDocuments.idCardFront(42);
        var sent = readCard(member, card, member.idNumber(), card.person().expiry())
                .submit();
        assertTrue(sent.contains("Waiting for review"), sent.body());

        var admin = PageKit.signedIn(base.toURI(), PageKit.ADMIN, PageKit.ADMIN_PASSWORD);
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var review = admin.get("admin/review?id=" + requestId);
        var text = PageKit.text(review);
        assertTrue(text.contains("is not the registered one."), text);
        assertEquals(
                "tm-fail",
                readRow(review, "number"),
                "the read number is flagged beside the typed and registered one\n" + text);
        var filtered = admin.get("admin/index?flag=READ_DISAGREES");
        assertTrue(filtered.body().contains(member.username()), "the queue's filter finds it\n" + filtered.body());
        assertTrue(PageKit.text(filtered).contains("Photo and typed data disagree"), PageKit.text(filtered));
    }

    @Test
    void aCardWhoseNumberAReflectionBlewOutAsksTheMemberToRetakeItAndOffersNoNumber() throws Exception {
        assumeTrue(Ocr.available(), "tesseract not installed");
        var member = TestData.newMember("glare");
        var card = SyntheticDocuments.idCardFront(43, member.idNumber());
        // A lamp's reflection so strong that the digits under it are white: nobody could read them.
        var photo = new SyntheticDocuments.Drawn(SyntheticDocuments.glared(card.image(), 43, 4), card.person(), null);
        var wizard = readCard(member, photo, member.idNumber(), card.person().expiry());
        var summary = PageKit.text(wizard.page());
        assertTrue(summary.contains("We could not read the number on your card"), summary);
        assertFalse(wizard.page().body().contains("id=\"prefill-number\""), "no number is offered\n" + summary);
    }

    /**
     * A confirmed member types {@code typedNumber}, the card's names and {@code expiry}, uploads the card and goes
     * to the last step, which shows what was read once it is read ("check again" until then).
     */
    private Wizard readCard(TestData.Member member, SyntheticDocuments.Drawn card, String typedNumber, LocalDate expiry)
            throws Exception {
        var p = card.person();
        var wizard = new Wizard(PageKit.confirmedMember(base.toURI(), member))
                .consent()
                .tier("CITIZEN", "ID_CARD_FRONT")
                .next(Wizard.card(
                        typedNumber,
                        p.thaiGiven(),
                        p.thaiSurname(),
                        p.englishGiven(),
                        p.englishSurname(),
                        expiry.toString()));
        wizard.uploadOk("ID_CARD_FRONT", SyntheticDocuments.jpeg(card.image(), 0.92f));
        wizard.next(Map.of());
        var deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (wizard.page().contains("We are still reading your photo") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            wizard.press("prefillRefresh");
        }
        return wizard;
    }

    /** The class of the review page's read-vs-typed row of {@code field}: tm-pass, tm-fail or empty. */
    private static String readRow(WebClient.Page review, String field) {
        var row = Pattern.compile("<tr id=\"read-" + field + "\"[^>]*>\\s*<th scope=\"row\" class=\"([^\"]*)\"")
                .matcher(review.body());
        assertTrue(row.find(), "a row for " + field + "\n" + review.body());
        return row.group(1);
    }

    private static String documentPath(WebClient.Page review) {
        var img = Pattern.compile("<img[^>]*src=\"[^\"]*?/?(admin/documents/\\d+)\"")
                .matcher(review.body());
        assertTrue(img.find(), "the review page shows the document\n" + review.body());
        return img.group(1);
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
