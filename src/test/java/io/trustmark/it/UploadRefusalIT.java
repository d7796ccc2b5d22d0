package io.trustmark.it;

import static io.trustmark.it.PageKit.ADMIN;
import static io.trustmark.it.PageKit.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.SyntheticPhotos;
import io.trustmark.identity.domain.NationalIdNumber;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The verification wizard refuses what it must, each time with the words from messages.properties beside the
 * field, an ordinary page (no 5xx), and nothing stored: no request on the member's page, nothing in the
 * admin queue. Every file is made here, from bytes. Each test uses its own fresh, confirmed member.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadRefusalIT {

    @ArquillianResource
    URL base;

    /**
     * The shipped WAR, waiting 200 ms for room in the decode budget, with one test-only servlet
     * ({@link DecodeBudgetHoldServlet}) that takes the whole budget and gives it back on request.
     */
    @Deployment(testable = false)
    static WebArchive deployment() {
        var war = Deployments.withConfig("trustmark.document.decode.wait-millis=200");
        war.addClass(DecodeBudgetHoldServlet.class);
        return war;
    }

    static final String NOT_AN_IMAGE = "This file is not a photo. Please send a JPEG or PNG image of your ID card.";
    static final String DAMAGED = "This photo is damaged or incomplete. Please take or export it again.";
    static final String TOO_MANY_PIXELS =
            "This image is far too large in pixels. Please send a normal photo (up to 40 megapixels).";
    static final String SVG = "Drawings (SVG) are not accepted. Please send a photo of your ID card as JPEG or PNG.";
    static final String EMPTY = "The file is empty. Please choose your photo again.";
    static final String TOO_LARGE = "This file is too large. Photos up to 10 MB are accepted.";
    static final String UNSUPPORTED = "This image format is not accepted. Please send a JPEG or PNG "
            + "(on an iPhone, choose \"Most Compatible\" or send a screenshot).";
    static final String TRAILING_DATA =
            "This file has extra data after the image. Please send the photo itself as JPEG or PNG.";
    static final String TOO_SMALL = "This photo is too small to read. Please send one at least 600 × 380 pixels.";
    static final String NUMBER_MISMATCH = "This is not the number you registered with. Check the number on the card; "
            + "you can only verify the ID you signed up with.";
    static final String BAD_CHECKSUM =
            "This is not a valid Thai national ID number: the last digit does not match. " + "Please check for a typo.";
    static final String CONSENT_REQUIRED = "Please read the notice and tick the box to agree.";
    static final String BUSY =
            "Many photos are being checked right now. Please try again in a moment: your photo is fine.";
    static final String RECEIVED = "Received. This is the photo the admin will see.";
    static final String BUSY_TH =
            "ขณะนี้มีรูปที่กำลังตรวจอยู่จำนวนมาก กรุณาลองส่งใหม่อีกครั้งในอีกสักครู่ รูปของคุณไม่มีปัญหา";
    static final String RECEIVED_TH = "ได้รับแล้ว นี่คือรูปที่ผู้ดูแลจะเห็น";

    // ---- files that are not an acceptable photo ----------------------------------------------

    @Test
    void textFileNamedLikeAJpegIsRefused() throws Exception {
        var text = "Hello, this is a text file with a .jpg name.\n".getBytes(StandardCharsets.UTF_8);
        assertImageRefused("card.jpg", "image/jpeg", text, NOT_AN_IMAGE);
    }

    @Test
    void truncatedJpegIsRefused() throws Exception {
        var card = TestData.cardJpeg(TestData.thaiId());
        assertImageRefused("card.jpg", "image/jpeg", Arrays.copyOf(card, card.length / 2), DAMAGED);
    }

    @Test
    void pngClaimingAHugeCanvasIsRefusedBeforeDecoding() throws Exception {
        assertImageRefused("card.png", "image/png", pngClaiming(100_000, 100_000), TOO_MANY_PIXELS);
    }

    @Test
    void svgWithScriptIsRefused() throws Exception {
        var svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="1000" height="630">
                  <script>alert(document.cookie)</script>
                  <rect width="1000" height="630" fill="#e8f0f8"/>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
        assertImageRefused("card.svg", "image/svg+xml", svg, SVG);
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        assertImageRefused("card.jpg", "image/jpeg", new byte[0], EMPTY);
    }

    @Test
    void fileOverTenMegabytesIsRefused() throws Exception {
        var big = new byte[11 * 1024 * 1024];
        var start = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        for (int i = 0; i < big.length; i++) {
            big[i] = start[i % start.length];
        }
        assertImageRefused("card.jpg", "image/jpeg", big, TOO_LARGE);
    }

    @Test
    void anUploadOverTheServersCeilingGetsTheTooLargeMessageNotAServerError() throws Exception {
        var member = TestData.newMember("upceiling");
        var browser = PageKit.confirmedMember(base(), member);
        var wizard = Wizard.toPhotos(browser, member.idNumber());
        var action = browser.form(wizard.page(), "verify").action();
        var fiftyMegabytes = new byte[50 * 1024 * 1024];

        var page = browser.postFile(action, "verify:photo", fiftyMegabytes, Map.of("Accept", "text/html"));
        assertEquals(413, page.statusCode(), page.body());
        assertTrue(
                page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                page.headers().toString());
        assertTrue(page.body().contains("<p role=\"alert\">" + TOO_LARGE + "</p>"), page.body());
        assertFalse(page.body().contains("Exception") || page.body().contains("multipart"), page.body());

        var ajax = browser.postFile(action, "verify:photo", fiftyMegabytes, Map.of("Faces-Request", "partial/ajax"));
        assertEquals(413, ajax.statusCode(), ajax.body());
        assertEquals(TOO_LARGE, ajax.body());
        assertEquals(200, browser.get("member/verify").status(), "the wizard goes on");

        // The phone's hand-off page, without sign-in, in the phone's language.
        var phone = new WebClient(base()).acceptLanguage("th-TH,th;q=0.9");
        var handoff = phone.postFile(
                base().resolve("handoff?t=x"), "idCard:photo", fiftyMegabytes, Map.of("Accept", "text/html"));
        assertEquals(413, handoff.statusCode(), handoff.body());
        assertTrue(handoff.body().contains("ไฟล์ใหญ่เกินไป รับรูปขนาดไม่เกิน 10 MB"), handoff.body());
        assertTrue(handoff.body().contains("lang=\"th\""), handoff.body());
    }

    // ---- the decode budget and the file's name ---------------------------------------------------

    @Test
    void anUploadBeyondTheDecodeBudgetIsAskedToComeAgainAndTheNextOneIsTaken() throws Exception {
        var member = TestData.newMember("upbusy");
        var desk = PageKit.confirmedMember(base(), member);
        var switched =
                desk.post(desk.base().resolve("language"), Map.of("to", "th", "back", "/member/verify"), Map.of());
        assertEquals(3, switched.statusCode() / 100, "the language switch redirects");
        var wizard = Wizard.toPhotos(desk, member.idNumber());
        var phone = new WebClient(base()).acceptLanguage("en");
        var opened = phone.get(HandoffIT.link(wizard.page()));
        assertEquals(200, opened.status(), opened.body());
        var card = TestData.cardJpeg(member.idNumber());

        var budget = new WebClient(base());
        try {
            // The whole budget taken, as a burst of large decodes would: a state set here, not a race.
            assertTrue(budget.get("it-budget/hold").body().startsWith("held, 0 free"));

            // The wizard (Faces, Ajax): the message beside the field, in the member's language.
            assertEquals(Optional.of(BUSY_TH), wizard.upload("ID_CARD_FRONT", "card.jpg", "image/jpeg", card));

            // The phone's hand-off: the same words (the wizard's language), and a status a machine understands.
            var busy =
                    phone.submitMultipart(opened, "idCard", Map.of(), "photo", "card.jpg", "image/jpeg", card, "send");
            assertEquals(503, busy.status(), busy.body());
            assertEquals("5", busy.header("Retry-After"));
            assertTrue(PageKit.text(busy).contains(BUSY_TH), busy.body());
            assertFalse(busy.body().contains("Exception"), busy.body());
        } finally {
            assertTrue(budget.get("it-budget/release").body().startsWith("released"));
        }

        // Room again: the next uploads are taken, from the wizard and from the phone.
        assertEquals(Optional.of(RECEIVED_TH), wizard.upload("ID_CARD_FRONT", "card.jpg", "image/jpeg", card));
        var taken = phone.submitMultipart(opened, "idCard", Map.of(), "photo", "card.jpg", "image/jpeg", card, "send");
        assertEquals(200, taken.status(), taken.body());
        assertTrue(PageKit.text(taken).contains("ได้รับแล้ว รูปนี้แสดงบนคอมพิวเตอร์ของคุณแล้ว"), taken.body());
    }

    @Test
    void thePhotosNameIsNeverJudged() throws Exception {
        var member = TestData.newMember("upname");
        var wizard = Wizard.toPhotos(PageKit.confirmedMember(base(), member), member.idNumber());
        var card = TestData.cardJpeg(member.idNumber());
        for (var name : List.of("my photo (1).JPG", "บัตร.jpg", "../../x.jpg", "12:30 *card*?.jpeg", "no extension")) {
            assertEquals(
                    Optional.of(RECEIVED),
                    wizard.upload("ID_CARD_FRONT", name, "application/octet-stream", card),
                    name);
        }
    }

    @Test
    void gifIsRefusedAsUnsupportedFormat() throws Exception {
        assertImageRefused("card.gif", "image/gif", SyntheticPhotos.encode(cardSized(), "gif"), UNSUPPORTED);
    }

    @Test
    void jpegWithDataAfterTheImageIsRefused() throws Exception {
        var card = TestData.cardJpeg(TestData.thaiId());
        var tail = "PK\u0003\u0004hidden archive".getBytes(StandardCharsets.ISO_8859_1);
        var polyglot = Arrays.copyOf(card, card.length + tail.length);
        System.arraycopy(tail, 0, polyglot, card.length, tail.length);
        assertImageRefused("card.jpg", "image/jpeg", polyglot, TRAILING_DATA);
    }

    @Test
    void photoTooSmallToReadIsRefused() throws Exception {
        assertImageRefused(
                "card.jpg",
                "image/jpeg",
                SyntheticPhotos.encode(new BufferedImage(300, 190, BufferedImage.TYPE_INT_RGB), "jpg"),
                TOO_SMALL);
    }

    // ---- the number and the consent ----------------------------------------------------------

    @Test
    void validNumberThatIsNotTheRegisteredOneIsRefused() throws Exception {
        var member = TestData.newMember("upnum");
        var other = differentValidId(member.idNumber());
        assertDetailsRefused(member, other, "number", NUMBER_MISMATCH);
    }

    @Test
    void numberWithBadCheckDigitIsRefused() throws Exception {
        var member = TestData.newMember("upsum");
        var typo = member.idNumber().substring(0, 12)
                + (char) ('0' + (member.idNumber().charAt(12) - '0' + 1) % 10);
        assertDetailsRefused(member, typo, "number", BAD_CHECKSUM);
    }

    @Test
    void consentNotTickedIsRefused() throws Exception {
        var member = TestData.newMember("upconsent");
        var browser = PageKit.confirmedMember(base(), member);
        var wizard = new Wizard(browser).next(Map.of());
        PageKit.assertFieldMessage(wizard.page(), "verify", "consent", CONSENT_REQUIRED);
        assertNothingStored(member, browser);
    }

    @Test
    void imageHintStatesTheSizeLimit() throws Exception {
        var member = TestData.newMember("uphint");
        var wizard = Wizard.toPhotos(PageKit.confirmedMember(base(), member), member.idNumber());
        assertTrue(
                PageKit.text(wizard.page()).contains("JPEG or PNG, up to 10 MB"),
                "the photos step states the limit\n" + wizard.page().body());
    }

    // ---- one open request at a time ----------------------------------------------------------

    @Test
    void openRequestBlocksASecondOneUntilWithdrawn() throws Exception {
        var member = TestData.newMember("upopen");
        var browser = PageKit.confirmedMember(base(), member);
        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var card = TestData.cardJpeg(member.idNumber());

        var wizard = Wizard.toPhotos(browser, member.idNumber());
        wizard.uploadOk("ID_CARD_FRONT", card);
        var summary = wizard.next(Map.of()).page();
        var sent = wizard.submit();
        assertEquals(200, sent.status());
        assertTrue(
                PageKit.pageMessages(sent)
                        .contains("Thank you! Your request was sent. Expect an answer by e-mail within 24 hours."),
                sent.body());
        assertTrue(PageKit.text(sent).contains("Waiting for review"), sent.body());
        assertFalse(PageKit.hasForm(sent, "verify"), "no second form while a request is open");
        assertTrue(PageKit.hasForm(sent, "withdraw"), "the open request can be withdrawn");
        assertEquals(1, PageKit.queueRowsFor(admin, member.username()));

        // The form from before, sent again (a second tab, the back button): nothing new is stored.
        var again = browser.submit(summary, "verify", Map.of(), "submit");
        assertTrue(again.status() < 500, "no server error: " + again.status());
        assertFalse(
                PageKit.pageMessages(again)
                        .contains("Thank you! Your request was sent. Expect an answer by e-mail within 24 hours."),
                again.body());
        var page = browser.get("member/verify");
        assertTrue(PageKit.text(page).contains("Waiting for review"), page.body());
        assertFalse(PageKit.hasForm(page, "verify"), "still no form");
        assertEquals(1, PageKit.queueRowsFor(admin, member.username()), "still exactly one request in the queue");

        var withdrawn = browser.submit(page, "withdraw", Map.of(), "submit");
        assertTrue(
                PageKit.pageMessages(withdrawn).contains("Your request was withdrawn and your ID card photo deleted."),
                withdrawn.body());
        assertTrue(
                PageKit.text(withdrawn).matches("(?s).*<p id=\"requestStatus\" role=\"status\">\\s*Withdrawn .*"),
                "status shows Withdrawn\n" + withdrawn.body());
        assertTrue(PageKit.hasForm(withdrawn, "verify"), "the form is offered again");
        assertTrue(withdrawn.contains("You can send a new request below."), withdrawn.body());
        assertTrue(
                PageKit.text(Wizard.toPhotos(browser, member.idNumber())
                                .next(Map.of())
                                .page())
                        .contains("not uploaded yet"),
                "the withdrawn request's photo is not offered again");
        assertFalse(PageKit.hasForm(withdrawn, "withdraw"), "nothing left to withdraw");
        assertEquals(0, PageKit.queueRowsFor(admin, member.username()), "a withdrawn request leaves the queue");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private URI base() throws Exception {
        return base.toURI();
    }

    private void assertImageRefused(String fileName, String contentType, byte[] content, String expected)
            throws Exception {
        var member = TestData.newMember("upfile");
        var browser = PageKit.confirmedMember(base(), member);
        var wizard = Wizard.toPhotos(browser, member.idNumber());
        assertEquals(Optional.of(expected), wizard.upload("ID_CARD_FRONT", fileName, contentType, content));
        // Nothing was kept: sending now is refused for the missing photo, and nothing reaches the queue.
        var refused = wizard.next(Map.of()).submit();
        assertEquals(200, refused.status(), "an ordinary page, not an error: " + refused.uri() + "\n" + refused.body());
        assertTrue(
                PageKit.pageMessages(refused)
                        .contains("Please upload every photo first. Missing: Front of your ID card"),
                refused.body());
        assertNothingStored(member, browser);
    }

    /** The card's data step refuses {@code number} beside {@code field}; nothing is stored. */
    private void assertDetailsRefused(TestData.Member member, String number, String field, String expected)
            throws Exception {
        var browser = PageKit.confirmedMember(base(), member);
        var wizard = Wizard.citizenCard(browser, Wizard.card(number));
        assertEquals(200, wizard.page().status());
        PageKit.assertFieldMessage(wizard.page(), "verify", field, expected);
        assertFalse(wizard.page().body().contains("id=\"verify:idCard\""), "still on the card's data step");
        assertNothingStored(member, browser);
    }

    private void assertNothingStored(TestData.Member member, WebClient browser) throws Exception {
        var page = browser.get("member/verify");
        assertFalse(
                page.body().contains("id=\"requestStatus\"") || page.contains("<h2>Your request</h2>"),
                "nothing stored: no request on the member's page\n" + page.body());
        assertTrue(PageKit.hasForm(page, "verify"), "the wizard is still offered");
        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        assertEquals(
                0,
                PageKit.queueRowsFor(admin, member.username()),
                "nothing stored: the admin queue does not list the member");
    }

    private static String differentValidId(String registered) {
        String other;
        do {
            other = TestData.thaiId();
        } while (other.equals(registered));
        assertTrue(NationalIdNumber.isValid(other));
        return other;
    }

    private static BufferedImage cardSized() {
        var image = new BufferedImage(1000, 630, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xE8F0F8));
        g.fillRect(0, 0, 1000, 630);
        g.dispose();
        return image;
    }

    /** A well-formed PNG (every CRC right) whose IHDR claims {@code width} × {@code height} pixels. */
    static byte[] pngClaiming(int width, int height) {
        var deflater = new Deflater();
        deflater.setInput(new byte[] {0, 0, 0, 0});
        deflater.finish();
        var idat = new byte[64];
        int length = deflater.deflate(idat);
        deflater.end();
        return TestData.rgbPng(width, height, Arrays.copyOf(idat, length));
    }
}
