package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "Continue on another device" through the real pages: the wizard's photos step shows a QR code and a link;
 * a phone that is signed in nowhere opens the link once and sends a photo through the intake into the
 * member's drafts; the wizard's poll shows it arrive; a second device, an unknown or expired link, and a
 * link whose wizard was left are each refused with a page that says so (never a 5xx); and nothing of
 * another member can be reached with a link. The failsafe configuration gives links one minute, so the
 * expiry test waits for it.
 */
class HandoffIT extends DeployedApp {

    static final String RECEIVED = "Received. Your computer shows it now.";
    static final String UNKNOWN = "This link is not valid.";
    static final String EXPIRED = "This link has expired.";
    static final String CLOSED = "This link no longer works";
    static final String OTHER_DEVICE = "This link was already opened on another device.";
    static final String NOTHING_SENT = "Nothing was sent from this page.";

    private static final Pattern LINK = Pattern.compile("<code id=\"handoffLink\"[^>]*>([^<]+)</code>");
    private static final Pattern QR =
            Pattern.compile("<img id=\"handoffQr\"[^>]*src=\"data:image/png;base64,[A-Za-z0-9+/=]{200,}\"");
    private static final Pattern DRAFT = Pattern.compile("/member/drafts/(\\d+)");

    // ---- the way it is meant to be used ------------------------------------------------------

    @Test
    void aPhoneWithoutSignInSendsThePhotoAndTheWizardShowsItArrive() throws Exception {
        var member = TestData.newMember("handoff");
        var desk = PageKit.confirmedMember(base.toURI(), member);
        var wizard = photosStep(desk, member);
        assertTrue(
                QR.matcher(wizard.page().body()).find(),
                "a QR code drawn on the server\n" + wizard.page().body());
        assertTrue(PageKit.text(wizard.page()).contains("Scan this code with your phone to take the photos there."));
        var link = link(wizard.page());

        var phone = new WebClient(base.toURI());
        var opened = phone.get(link);
        assertEquals(200, opened.status(), opened.body());
        assertFalse(PageKit.hasForm(opened, "signOut"), "the phone is signed in nowhere");
        assertTrue(PageKit.text(opened).contains("Front of your ID card"), opened.body());
        assertTrue(
                opened.body().contains("accept=\"image/*\"") && opened.body().contains("capture=\"environment\""),
                opened.body());
        assertTrue(
                opened.body().contains("<label for=\"idCard:photo\""),
                "a real label for the file input\n" + opened.body());
        assertFalse(
                PageKit.hasForm(opened, "face") || PageKit.hasForm(opened, "passbook"),
                "only the photos the request asks for");
        assertEquals("no-store", opened.header("Cache-Control"));

        // The poll has nothing to report yet.
        assertPolled(poll(desk, wizard.page()), "handoffChanged", true);
        assertPolled(poll(desk, wizard.page()), "handoffChanged", false);

        var sent = phone.submitMultipart(
                opened,
                "idCard",
                Map.of(),
                "photo",
                "card.jpg",
                "image/jpeg",
                TestData.cardJpeg(member.idNumber()),
                "send");
        assertEquals(200, sent.status(), sent.body());
        assertTrue(PageKit.text(sent).contains(RECEIVED), sent.body());
        assertTrue(PageKit.text(sent).contains("All photos are here. Continue on your computer."), sent.body());
        assertFalse(DRAFT.matcher(sent.body()).find(), "the phone is not shown the stored photo");

        // The wizard's poll notices, and the re-render shows the preview of the draft.
        var polled = poll(desk, wizard.page());
        assertPolled(polled, "handoffChanged", true);
        assertPolled(polled, "handoffLive", true);
        var arrived = showArrivals(desk, wizard.page());
        var draft = DRAFT.matcher(arrived);
        assertTrue(draft.find(), "the preview appears\n" + arrived);
        var preview = desk.getRaw("member/drafts/" + draft.group(1));
        assertEquals(200, preview.statusCode());
        assertEquals("image/jpeg", preview.headers().firstValue("Content-Type").orElse(""));
        assertTrue(arrived.contains("Your phone has opened the link."), arrived);

        // A refused photo from the phone says why, in the intake's words, and the draft stays.
        var refused = phone.submitMultipart(
                sent, "idCard", Map.of(), "photo", "card.jpg", "image/jpeg", "not a photo".getBytes(), "send");
        assertEquals(200, refused.status(), refused.body());
        assertTrue(PageKit.text(refused).contains(UploadRefusalIT.NOT_AN_IMAGE), refused.body());

        // The photos step shows it, and the request goes out with it.
        var last = wizard.next(Map.of()).page();
        assertTrue(last.body().contains("/member/drafts/" + draft.group(1)), last.body());
        var submitted = wizard.submit();
        assertTrue(submitted.contains("Waiting for review"), submitted.body());

        // Sending the request closed the link.
        var late = phone.submitMultipart(
                sent,
                "idCard",
                Map.of(),
                "photo",
                "card.jpg",
                "image/jpeg",
                TestData.cardJpeg(member.idNumber()),
                "send");
        assertRefused(late, 410, CLOSED);
    }

    @Test
    void thePhoneSpeaksTheLanguageOfTheWizard() throws Exception {
        var member = TestData.newMember("handoffth");
        var desk = PageKit.confirmedMember(base.toURI(), member);
        var switched =
                desk.post(desk.base().resolve("language"), Map.of("to", "th", "back", "/member/verify"), Map.of());
        assertEquals(3, switched.statusCode() / 100, "the language switch redirects");
        var wizard = photosStep(desk, member);
        assertTrue(
                PageKit.text(wizard.page()).contains("ทำต่อบนอุปกรณ์อื่น"),
                wizard.page().body());

        var phone = new WebClient(base.toURI()).acceptLanguage("en");
        var opened = phone.get(link(wizard.page()));
        assertEquals(200, opened.status(), opened.body());
        assertTrue(opened.body().contains("lang=\"th\""), opened.body());
        assertTrue(PageKit.text(opened).contains("รูปถ่ายสำหรับการยืนยันตัวตน"), opened.body());
        var refused = phone.submitMultipart(
                opened, "idCard", Map.of(), "photo", "card.jpg", "image/jpeg", "not a photo".getBytes(), "send");
        assertTrue(
                PageKit.text(refused).contains("ไฟล์นี้ไม่ใช่รูปภาพ"),
                "the intake's refusal in Thai\n" + refused.body());
    }

    // ---- what is refused ---------------------------------------------------------------------

    @Test
    void aSecondDeviceIsRefusedAndTheFirstKeepsGoing() throws Exception {
        var member = TestData.newMember("handofftwo");
        var desk = PageKit.confirmedMember(base.toURI(), member);
        var wizard = photosStep(desk, member);
        var link = link(wizard.page());

        var phone = new WebClient(base.toURI());
        assertEquals(200, phone.get(link).status());
        var intruder = new WebClient(base.toURI());
        assertRefused(intruder.get(link), 403, OTHER_DEVICE);
        // The member, signed in, opening it on the computer is a second device too.
        assertRefused(desk.get(link), 403, OTHER_DEVICE);

        // A reload on the phone (or the browser coming back from the camera) is not a second opening.
        var again = phone.get(link);
        assertEquals(200, again.status(), again.body());
        var sent = phone.submitMultipart(
                again,
                "idCard",
                Map.of(),
                "photo",
                "card.jpg",
                "image/jpeg",
                TestData.cardJpeg(member.idNumber()),
                "send");
        assertTrue(PageKit.text(sent).contains(RECEIVED), sent.body());
    }

    @Test
    void unknownAndMalformedLinksAreRefusedWithAClearPage() throws Exception {
        var visitor = new WebClient(base.toURI());
        assertRefused(visitor.get("handoff?t=" + "A".repeat(43)), 404, UNKNOWN);
        assertRefused(visitor.get("handoff"), 404, UNKNOWN);
        assertRefused(visitor.get("handoff?t=short"), 404, UNKNOWN);
        var script = visitor.get("handoff?t=%3Cscript%3Ealert(1)%3C/script%3E");
        assertRefused(script, 404, UNKNOWN);
        assertFalse(script.body().contains("<script>alert(1)"), "the token is never written back");
        assertRefused(visitor.get("handoff?t=" + "x".repeat(4000)), 404, UNKNOWN);
    }

    @Test
    void aLinkExpires() throws Exception {
        var member = TestData.newMember("handoffold");
        var desk = PageKit.confirmedMember(base.toURI(), member);
        var wizard = photosStep(desk, member);
        var link = link(wizard.page());
        var phone = new WebClient(base.toURI());
        var opened = phone.get(link);
        assertEquals(200, opened.status());
        // Another member's link that no phone opens (a second wizard of the same member would close the first).
        var other = TestData.newMember("handoffidle");
        var otherDesk = PageKit.confirmedMember(base.toURI(), other);
        var unopened = photosStep(otherDesk, other);

        // The failsafe configuration sets trustmark.document.handoff-minutes=1.
        // The phone's session keeps the state of its last few pages only (web.xml), like a member's: the page
        // opened above must still be one of them when its late form is sent, so look only near the end.
        var deadline = Instant.now().plus(Duration.ofSeconds(100));
        Thread.sleep(45_000);
        WebClient.Page page;
        do {
            Thread.sleep(5000);
            page = phone.get(link);
        } while (page.status() == 200 && Instant.now().isBefore(deadline));
        assertRefused(page, 410, EXPIRED);
        var late = phone.submitMultipart(
                opened,
                "idCard",
                Map.of(),
                "photo",
                "card.jpg",
                "image/jpeg",
                TestData.cardJpeg(member.idNumber()),
                "send");
        assertRefused(late, 410, EXPIRED);
        // A link nobody opened expires the same way, and the wizard stops polling and says so.
        assertRefused(new WebClient(base.toURI()).get(link(unopened.page())), 410, EXPIRED);
        assertPolled(poll(otherDesk, unopened.page()), "handoffLive", false);
        assertTrue(WebClient.unescape(showArrivals(otherDesk, unopened.page()))
                .contains("The link for your phone no longer works."));
    }

    @Test
    void leavingTheWizardOrStartingItAgainKillsTheLink() throws Exception {
        var member = TestData.newMember("handoffleft");
        var desk = PageKit.confirmedMember(base.toURI(), member);

        var wizard = photosStep(desk, member);
        var phone = new WebClient(base.toURI());
        var opened = phone.get(link(wizard.page()));
        assertEquals(200, opened.status());
        desk.submit(wizard.page(), "verify", Map.of(), "cancel");
        var late = phone.submitMultipart(
                opened,
                "idCard",
                Map.of(),
                "photo",
                "card.jpg",
                "image/jpeg",
                TestData.cardJpeg(member.idNumber()),
                "send");
        assertRefused(late, 410, CLOSED);
        assertRefused(phone.get(link(wizard.page())), 410, CLOSED);

        // Starting the wizard afresh (a new page) closes the link of the one before, opened or not.
        var second = photosStep(desk, member);
        new Wizard(desk);
        assertRefused(new WebClient(base.toURI()).get(link(second.page())), 410, CLOSED);

        // "Make a new link" closes the old one too.
        var third = photosStep(desk, member);
        var renewed = desk.submit(third.page(), "verify", Map.of(), "handoffRenew");
        assertRefused(new WebClient(base.toURI()).get(link(third.page())), 410, CLOSED);
        assertEquals(200, new WebClient(base.toURI()).get(link(renewed)).status());
    }

    // ---- nothing of anyone else --------------------------------------------------------------

    @Test
    void aLinkReachesNothingOfAnotherMember() throws Exception {
        var alice = TestData.newMember("handoffa");
        var bob = TestData.newMember("handoffb");
        var aliceDesk = PageKit.confirmedMember(base.toURI(), alice);
        var bobDesk = PageKit.confirmedMember(base.toURI(), bob);
        var aliceWizard = photosStep(aliceDesk, alice);
        aliceWizard.uploadOk("ID_CARD_FRONT", TestData.cardJpeg(alice.idNumber()));
        var aliceDraft = DRAFT.matcher(aliceWizard.next(Map.of()).page().body());
        assertTrue(aliceDraft.find());
        aliceWizard.back();
        assertPolled(poll(aliceDesk, aliceWizard.page()), "handoffChanged", false);

        var bobWizard = photosStep(bobDesk, bob);
        var bobPhone = new WebClient(base.toURI());
        var opened = bobPhone.get(link(bobWizard.page()));
        assertEquals(200, opened.status());
        var text = PageKit.text(opened);
        assertFalse(
                text.contains(alice.username()) || text.contains(bob.username()) || text.contains(bob.idNumber()),
                "the phone page names nobody\n" + text);
        // The link is no sign-in: drafts stay behind /member, for their owner only.
        assertTrue(
                bobPhone.getRaw("member/drafts/" + aliceDraft.group(1)).statusCode() / 100 == 3,
                "redirected to sign in");
        assertEquals(404, bobDesk.getRaw("member/drafts/" + aliceDraft.group(1)).statusCode(), "not Bob's draft");

        // Bob's phone fills Bob's wizard, not Alice's.
        var sent = bobPhone.submitMultipart(
                opened,
                "idCard",
                Map.of(),
                "photo",
                "card.jpg",
                "image/jpeg",
                TestData.cardJpeg(bob.idNumber()),
                "send");
        assertTrue(PageKit.text(sent).contains(RECEIVED), sent.body());
        assertPolled(poll(aliceDesk, aliceWizard.page()), "handoffChanged", false);
        assertPolled(poll(bobDesk, bobWizard.page()), "handoffChanged", true);
        assertTrue(DRAFT.matcher(showArrivals(bobDesk, bobWizard.page())).find());
    }

    @Test
    void thePhonesFormIsGuardedAgainstForgery() throws Exception {
        var member = TestData.newMember("handoffcsrf");
        var desk = PageKit.confirmedMember(base.toURI(), member);
        var wizard = photosStep(desk, member);
        var phone = new WebClient(base.toURI());
        var opened = phone.get(link(wizard.page()));
        var form = phone.form(opened, "idCard");

        // Another site's form: refused by its Origin before the page sees it.
        var params = new LinkedHashMap<String, String>(form.hidden());
        params.put("idCard", "idCard");
        params.put("idCard:send", "");
        var crossSite = phone.post(form.action(), params, Map.of("Origin", "https://evil.example"));
        assertEquals(403, crossSite.statusCode());
        // Not the page's form at all.
        assertEquals(400, phone.post(form.action(), params, Map.of()).statusCode());
        // The page's form without the page's own token (a replayed or guessed view state): refused too.
        params.remove("csrf");
        var noToken = multipart(phone, form.action(), params, "idCard:photo", TestData.cardJpeg(member.idNumber()));
        assertEquals(403, noToken.statusCode(), noToken.body());
        assertPolled(poll(desk, wizard.page()), "handoffChanged", true);
        assertPolled(poll(desk, wizard.page()), "handoffChanged", false);
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** A Citizen wizard on its photos step. */
    static Wizard photosStep(WebClient desk, TestData.Member member) {
        var wizard = new Wizard(desk)
                .consent()
                .tier("CITIZEN", "ID_CARD_FRONT")
                .next(Wizard.card(member.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14"));
        assertTrue(
                wizard.page().body().contains("id=\"handoffLink\""),
                "on the photos step\n" + wizard.page().body());
        return wizard;
    }

    /** The link as the wizard shows it, as a path of the application under test. */
    static String link(WebClient.Page page) {
        var matcher = LINK.matcher(page.body());
        assertTrue(matcher.find(), "no link on " + page.uri() + "\n" + page.body());
        return PageKit.relative(WebClient.unescape(matcher.group(1).strip()));
    }

    /** What the wizard's p:poll sends every few seconds; returns the partial response. */
    private static String poll(WebClient desk, WebClient.Page page) {
        return ajax(desk, page, "verify:handoffPoll", null);
    }

    /** What the page's remote command sends when the poll reported a change; returns the partial response. */
    private static String showArrivals(WebClient desk, WebClient.Page page) {
        return ajax(desk, page, "verify:handoffArrivals", "verify:handoff verify:uploads");
    }

    private static String ajax(WebClient desk, WebClient.Page page, String source, String render) {
        var form = desk.form(page, "verify");
        var params = new LinkedHashMap<String, String>();
        params.put("verify", "verify");
        params.putAll(form.hidden());
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", source);
        params.put("jakarta.faces.partial.execute", source);
        if (render != null) {
            params.put("jakarta.faces.partial.render", render);
        }
        params.put(source, source);
        var response = desk.post(form.action(), params, Map.of("Faces-Request", "partial/ajax"));
        assertEquals(200, response.statusCode(), response.body());
        // PrimeFaces writes the callback parameters as escaped JSON inside the XML.
        return WebClient.unescape(response.body());
    }

    private static void assertPolled(String response, String param, boolean expected) {
        assertTrue(
                response.contains("\"" + param + "\":" + expected),
                param + " should be " + expected + " in\n" + response);
    }

    /** A multipart POST in the phone's session with exactly the fields given (what a forged form would send). */
    private static HttpResponse<String> multipart(
            WebClient phone, URI action, Map<String, String> fields, String fileField, byte[] file) throws Exception {
        var boundary = "----forged" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                        + "\"; filename=\"card.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var http = HttpClient.newBuilder().cookieHandler(phone.cookies()).build();
        return http.send(
                HttpRequest.newBuilder(action)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(WebClient.Page page, int status, String reason) {
        assertEquals(status, page.status(), page.uri() + "\n" + page.body());
        var text = PageKit.text(page);
        assertTrue(text.contains(reason), "says why\n" + page.body());
        assertTrue(text.contains(NOTHING_SENT), page.body());
        assertFalse(page.body().contains("<form"), "nothing to send from a refused link");
    }
}
