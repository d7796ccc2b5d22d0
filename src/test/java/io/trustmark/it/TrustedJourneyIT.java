package io.trustmark.it;

import static io.trustmark.it.PageKit.ADMIN;
import static io.trustmark.it.PageKit.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Both paths to Trusted through the real pages: Registered &rarr; Trusted with the ID card (which makes the
 * member a Citizen too), and Citizen &rarr; Trusted with only the face and the passbook, the verified names
 * reused. The ITs run with the four-eyes rule on, so each Trusted approval takes two admins. Refusals leave
 * nothing behind.
 */
class TrustedJourneyIT extends DeployedApp {

    static final String ADMIN2 = "admin2";
    static final String ADMIN2_PASSWORD = "Second-Reviewer-2026";

    @Test
    void registeredMemberBecomesTrustedAndCitizenAfterTwoApprovals() throws Exception {
        var member = TestData.newMember("trusted");
        var browser = PageKit.confirmedMember(base(), member);
        var wizard =
                new Wizard(browser).consent().tier("TRUSTED", "ID_CARD_FRONT").next(details(member, "นาย สมชาย ใจดี"));
        wizard.uploadOk("ID_CARD_FRONT", TestData.cardJpeg(member.idNumber()));
        wizard.uploadOk("FACE", TestData.faceJpeg());
        wizard.uploadOk("PASSBOOK", TestData.passbookJpeg("SOMCHAI JAIDEE"));
        var summary = wizard.next(Map.of()).page();
        assertTrue(PageKit.text(summary).contains("Please check before sending"), summary.body());
        assertEquals(
                3, count(summary.body(), "src=\"[^\"]*/member/drafts/\\d+\""), "the three photos shown before sending");
        var sent = wizard.submit();
        assertTrue(sent.contains("Waiting for review"), sent.body());

        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var review = ReviewKit.review(admin, requestId);
        assertCheck(review, "NUMBER_MATCH", "PASS");
        assertCheck(review, "CHECKSUM", "PASS");
        assertCheck(review, "EXPIRY", "PASS");
        assertCheck(review, "PASSBOOK_NAME", "PASS");
        assertCheck(review, "FACE", "NEEDS_REVIEW");
        assertTrue(review.contains("สมชาย ใจดี"), "the typed Thai name is shown\n" + review.body());
        assertEquals(
                3, count(review.body(), "src=\"[^\"]*/admin/documents/\\d+\""), "card, face and passbook side by side");

        var first = admin.submit(review, "approve", Map.of(), "submit");
        assertTrue(
                PageKit.pageMessages(first)
                        .contains(
                                "First approval for " + member.username() + " recorded. A second admin must approve."),
                first.body());
        var again = admin.submit(ReviewKit.review(admin, requestId), "approve", Map.of(), "submit");
        assertTrue(
                PageKit.pageMessages(again)
                        .contains("You gave the first approval; a different admin must give the second."),
                again.body());
        assertFalse(
                PageKit.text(browser.get("member/verify")).contains("You are Trusted"),
                "not Trusted after one approval");
        admin.submit(again, "release", Map.of(), "submit"); // opening the request had claimed it again

        var second = PageKit.signedIn(base(), ADMIN2, ADMIN2_PASSWORD);
        var approved = second.submit(ReviewKit.review(second, requestId), "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), approved.body());

        var post = browser.submit(
                browser.get("member/new-thread?b=marketplace"),
                "thread",
                Map.of("title", "Selling a bicycle", "body", "Barely used."),
                "submit");
        assertEquals(200, post.status(), post.body());
        assertTrue(
                marks(post.body(), member.username()).equals("CT"),
                "green C and the Trusted mark before the name, and sale threads allowed\n" + post.body());
    }

    /** face: with the models fetched, a two-face selfie is refused at once with its message, in the wizard. */
    @Test
    void faceAidRefusesATwoFaceSelfieWithItsMessage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                FacePhotos.fetched(), "face models not fetched (config/face-models.sh): the face aid is not available");
        var member = TestData.newMember("facetrust");
        var browser = PageKit.confirmedMember(base(), member);
        var wizard =
                new Wizard(browser).consent().tier("TRUSTED", "ID_CARD_FRONT").next(details(member, "นาย สมชาย ใจดี"));
        assertTrue(PageKit.text(wizard.page()).contains("checks your face photo as soon as you send it"));
        assertEquals(
                java.util.Optional.of(
                        "We see two or more faces in this photo. Please take a photo with only you in it."),
                wizard.upload("FACE", "face.jpg", "image/jpeg", FacePhotos.twoFaces()),
                "a two-face selfie is refused with its message");
    }

    /** face: the review page of a Trusted request shows the similarity band and the two crops (admins only). */
    @Test
    void faceAidShowsTheBandAndCropsToTheReviewer() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(FacePhotos.fetched(), "face models not fetched");
        var member = TestData.newMember("facetrust");
        var browser = PageKit.confirmedMember(base(), member);
        var wizard =
                new Wizard(browser).consent().tier("TRUSTED", "ID_CARD_FRONT").next(details(member, "นาย สมชาย ใจดี"));
        wizard.uploadOk("ID_CARD_FRONT", FacePhotos.card(member.idNumber(), FacePhotos.frontal()));
        wizard.uploadOk("FACE", FacePhotos.selfie());
        wizard.uploadOk("PASSBOOK", TestData.passbookJpeg("SOMCHAI JAIDEE"));
        wizard.next(Map.of());
        assertTrue(wizard.submit().contains("Waiting for review"));

        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var review = ReviewKit.review(admin, requestId);
        // The comparison runs on a worker after the upload: give it a few seconds on a loaded machine.
        for (int i = 0; i < 30 && !review.body().contains("id=\"faceBand\""); i++) {
            Thread.sleep(1000);
            review = ReviewKit.review(admin, requestId);
        }
        assertTrue(PageKit.text(review).contains("Very likely the same person"), review.body());
        var crop = Pattern.compile("src=\"([^\"]*/admin/face-crops/\\d+/(selfie|card))\"")
                .matcher(review.body());
        int crops = 0;
        while (crop.find()) {
            var image = admin.getRaw(crop.group(1));
            assertEquals(200, image.statusCode(), crop.group(1));
            assertEquals("no-store", image.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(image.body().length > 1000, "a JPEG of the face");
            crops++;
            assertEquals(403, browser.getRaw(crop.group(1)).statusCode(), "never for a member");
        }
        assertEquals(2, crops, "the two faces side by side");

        // Another person's face on the card: the queue's face filter finds that request, and not the first.
        var other = TestData.newMember("faceother");
        var otherWizard = new Wizard(PageKit.confirmedMember(base(), other))
                .consent()
                .tier("TRUSTED", "ID_CARD_FRONT")
                .next(details(other, "นาย สมชาย ใจดี"));
        otherWizard.uploadOk("ID_CARD_FRONT", FacePhotos.card(other.idNumber(), FacePhotos.other()));
        otherWizard.uploadOk("FACE", FacePhotos.selfie());
        otherWizard.uploadOk("PASSBOOK", TestData.passbookJpeg("SOMCHAI JAIDEE"));
        otherWizard.next(Map.of());
        assertTrue(otherWizard.submit().contains("Waiting for review"));
        var otherId = PageKit.requestIdFor(admin.get("admin/index").body(), other.username());
        var otherReview = ReviewKit.review(admin, otherId);
        for (int i = 0; i < 30 && !otherReview.body().contains("id=\"faceBand\""); i++) {
            Thread.sleep(1000);
            otherReview = ReviewKit.review(admin, otherId);
        }
        assertFalse(PageKit.text(otherReview).contains("Very likely the same person"), otherReview.body());
        var doubted = admin.get("admin/index?flag=FACE_DOUBT");
        assertTrue(doubted.body().contains(other.username()), doubted.body());
        assertFalse(doubted.body().contains(member.username()), "the same person is not doubted");
    }

    @Test
    void citizenBecomesTrustedWithFaceAndPassbookOnly() throws Exception {
        var member = TestData.newMember("citrust");
        var citizenRequest = PageKit.submittedRequest(base(), member);
        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var approved = admin.submit(ReviewKit.review(admin, citizenRequest), "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), "a Citizen request needs one admin\n" + approved.body());

        var browser = PageKit.signedIn(base(), member.username(), TestData.PASSWORD);
        var wizard = new Wizard(browser).consent();
        assertFalse(wizard.page().body().contains("verify:document"), "no document choice: the ID was verified");
        wizard.tier("TRUSTED", null);
        assertTrue(
                PageKit.text(wizard.page()).contains("สมชาย ใจดี"),
                "the verified names are shown, not asked for\n" + wizard.page().body());
        assertFalse(wizard.page().body().contains("id=\"verify:number\""), "no number asked");
        wizard.next(Wizard.passbook("นางสาว สมชาย ใจงาม", "SCB"));
        assertFalse(
                wizard.page().body().contains("id=\"verify:idCard\""),
                "no card photo asked\n" + wizard.page().body());
        wizard.uploadOk("FACE", TestData.faceJpeg());
        wizard.uploadOk("PASSBOOK", TestData.passbookJpeg("สมชาย ใจงาม"));
        assertTrue(wizard.next(Map.of()).submit().contains("Waiting for review"));
        // Issue 13, finding 5: a Citizen's first Trusted request is not "sent again", on the page or in the mail.
        var status = browser.get("member/status");
        assertTrue(status.body().contains("<span class=\"tm-event-what\">Sent</span>"), status.body());
        assertFalse(status.body().contains("Sent again"), status.body());
        var received = TestServers.mailsTo(member.email(), 4, ReviewKit.MAIL_WAIT).stream()
                .filter(m -> ReviewKit.subject(m).contains("We received your verification request"))
                .map(m -> TestServers.part(m, "text/plain"))
                .toList();
        assertEquals(2, received.size(), "the Citizen and the Trusted request");
        received.forEach(text -> assertFalse(text.contains("Sent again"), text));

        var queue = admin.get("admin/index");
        var requestId = PageKit.requestIdFor(queue.body(), member.username());
        var review = ReviewKit.review(admin, requestId);
        assertCheck(review, "IDENTITY_SOURCE", "PASS");
        assertTrue(
                review.body().contains("admin/review?id=" + citizenRequest),
                "linked to the earlier approved request\n" + review.body());
        assertCheck(review, "PASSBOOK_NAME", "FAIL");
        assertTrue(
                PageKit.text(review).contains("surname differs: ใจดี vs ใจงาม"),
                "the difference is named\n" + review.body());

        admin.submit(review, "approve", Map.of(), "submit");
        var second = PageKit.signedIn(base(), ADMIN2, ADMIN2_PASSWORD);
        assertTrue(second.submit(ReviewKit.review(second, requestId), "approve", Map.of(), "submit")
                .contains("is now verified"));
        var verify = browser.get("member/verify");
        assertTrue(PageKit.text(verify).contains("You are Trusted"), verify.body());
        assertEquals("CT", marks(verify.body(), member.username()), "still a Citizen, now Trusted too");
    }

    @Test
    void expiredCardAndWrongNumberAreRefusedBesideTheirFields() throws Exception {
        var member = TestData.newMember("trexp");
        var browser = PageKit.confirmedMember(base(), member);
        var fields = details(member, "นาย สมชาย ใจดี");
        fields.put("expiry", "2020-01-31");
        var wizard =
                new Wizard(browser).consent().tier("TRUSTED", "ID_CARD_FRONT").next(fields);
        PageKit.assertFieldMessage(
                wizard.page(),
                "verify",
                "expiry",
                "This document has expired. Please use a valid ID card or passport.");
        // As the card prints it: 1 Jan 2565 is 1 Jan 2022, expired (a date picker read it as the year 2565).
        for (var printed : new String[] {"2565-01-01", "01/01/2565", "๑ ม.ค. ๒๕๖๕"}) {
            fields.put("expiry", printed);
            wizard.next(fields);
            PageKit.assertFieldMessage(
                    wizard.page(),
                    "verify",
                    "expiry",
                    "This document has expired. Please use a valid ID card or passport.");
        }
        fields.put("expiry", "2600-01-01");
        wizard.next(fields);
        PageKit.assertFieldMessage(
                wizard.page(),
                "verify",
                "expiry",
                "No ID card or passport is valid for more than 11 years from today. Please check the year as printed on the document.");
        fields.put("expiry", "31/02/2574");
        wizard.next(fields);
        PageKit.assertFieldMessage(
                wizard.page(),
                "verify",
                "expiry",
                "Please enter the date of expiry as printed on the document, for example 14/08/2574 or 14 Aug. 2031.");

        fields.put("expiry", "2031-08-14");
        fields.put("number", TestData.thaiId());
        wizard.next(fields);
        PageKit.assertFieldMessage(
                wizard.page(),
                "verify",
                "number",
                "This is not the number you registered with. Check the number on the card; you can only verify the ID you signed up with.");
        assertNoRequest(member);

        // Going back and forth keeps what was typed: the right number and the names are still there.
        fields.put("number", member.idNumber());
        wizard.next(fields).back();
        assertTrue(
                wizard.page().body().contains("verify:idCard")
                        || wizard.page().body().contains("id=\"verify:number\""),
                wizard.page().body());
        var again = wizard.back().page();
        assertTrue(again.body().contains("value=\"TRUSTED\" checked"), "the chosen tier is kept\n" + again.body());
        var details = wizard.next(Map.of("target", "TRUSTED", "document", "ID_CARD_FRONT"))
                .page();
        assertTrue(
                details.body().contains("value=\"" + member.idNumber() + "\""),
                "the number is kept\n" + details.body());
        assertTrue(details.body().contains("value=\"Somchai\""), "the names are kept");
    }

    @Test
    void aForeignMembersPassportIsCheckedAsAPassportAndNotFlaggedANumberMismatch() throws Exception {
        var member = TestData.newMember("trpass");
        var passport = "P" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        var browser = new WebClient(base());
        var signUp = new LinkedHashMap<String, String>();
        signUp.put("username", member.username());
        signUp.put("email", member.email());
        signUp.put("password", TestData.PASSWORD);
        signUp.put("nationality", "false");
        signUp.put("country", "USA");
        signUp.put("idNumber", passport);
        var welcome = browser.submit(
                PageKit.otherNationality(browser, browser.get("account/signup")), "signup", signUp, "submit");
        assertTrue(welcome.contains("We sent a confirmation link"), welcome.body());
        assertTrue(browser.get(PageKit.confirmationLink(member.email())).contains("your e-mail address is confirmed"));
        PageKit.assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());

        var details = new LinkedHashMap<String, String>();
        details.put("number", passport.toLowerCase());
        details.put("englishTitle", "Mr.");
        details.put("englishGiven", "John");
        details.put("englishSurname", "Smith");
        details.put("expiry", "14 Aug. 2031");
        details.putAll(Wizard.passbook("JOHN SMITH", "KBANK"));
        var wizard =
                new Wizard(browser).consent().tier("TRUSTED", "PASSPORT_PAGE").next(details);
        wizard.uploadOk("PASSPORT_PAGE", TestData.cardJpeg(passport));
        wizard.uploadOk("FACE", TestData.faceJpeg());
        wizard.uploadOk("PASSBOOK", TestData.passbookJpeg("JOHN SMITH"));
        assertTrue(
                wizard.next(Map.of()).submit().contains("Waiting for review"),
                wizard.page().body());

        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var review = admin.get("admin/review?id=" + requestId);
        assertCheck(review, "NUMBER_MATCH", "PASS");
        assertCheck(review, "CHECKSUM", "PASS");
        assertCheck(review, "EXPIRY", "PASS");
        assertTrue(
                PageKit.text(review).contains("The typed number has a passport number's form: Pass"),
                "no Thai check digit asked of a passport\n" + review.body());
        assertTrue(PageKit.text(review).contains("Aug 14, 2031"), "the expiry as a date\n" + review.body());
        var mismatches = admin.get("admin/index?flag=NUMBER_MISMATCH");
        assertEquals(200, mismatches.status(), mismatches.body());
        assertFalse(
                PageKit.queueCell(member.username()).matcher(mismatches.body()).find(),
                "not in the queue's number-mismatch filter\n" + mismatches.body());
    }

    @Test
    void aMissingPhotoIsRefusedAndLeavingDeletesTheUploads() throws Exception {
        var member = TestData.newMember("trmiss");
        var browser = PageKit.confirmedMember(base(), member);
        var wizard =
                new Wizard(browser).consent().tier("TRUSTED", "ID_CARD_FRONT").next(details(member, "นาย สมชาย ใจดี"));
        wizard.uploadOk("ID_CARD_FRONT", TestData.cardJpeg(member.idNumber()));
        wizard.uploadOk("FACE", TestData.faceJpeg());
        var summary = wizard.next(Map.of()).page();
        var draft = Pattern.compile("src=\"[^\"]*(member/drafts/\\d+)\"").matcher(summary.body());
        assertTrue(draft.find(), summary.body());
        assertEquals(200, browser.getRaw(draft.group(1)).statusCode(), "the member sees their own upload");
        var stranger = PageKit.signedIn(base(), PageKit.MEMBER, PageKit.MEMBER_PASSWORD);
        assertEquals(404, stranger.getRaw(draft.group(1)).statusCode(), "nobody else does");

        var refused = wizard.submit();
        assertTrue(
                PageKit.pageMessages(refused)
                        .contains("Please upload every photo first. Missing: Passbook page with the account name"),
                refused.body());
        assertNoRequest(member);

        var left = browser.submit(refused, "verify", Map.of(), "cancel");
        assertTrue(
                PageKit.pageMessages(left)
                        .contains("You left the verification; the photos you had uploaded are deleted."),
                left.body());
        assertEquals(404, browser.getRaw(draft.group(1)).statusCode(), "the uploads are gone");
        assertNoRequest(member);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private URI base() throws Exception {
        return base.toURI();
    }

    private static LinkedHashMap<String, String> details(TestData.Member member, String passbookName) {
        var fields =
                new LinkedHashMap<>(Wizard.card(member.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14"));
        fields.putAll(Wizard.passbook(passbookName, "KBANK"));
        return fields;
    }

    private static void assertCheck(WebClient.Page review, String code, String outcome) {
        assertTrue(
                review.body().contains("class=\"tm-check-" + outcome + "\" id=\"check-" + code + "\""),
                code + " should be " + outcome + "\n" + review.body());
    }

    private void assertNoRequest(TestData.Member member) throws Exception {
        var admin = PageKit.signedIn(base(), ADMIN, ADMIN_PASSWORD);
        assertEquals(0, PageKit.queueRowsFor(admin, member.username()), "nothing reached the queue");
    }

    private static int count(String html, String regex) {
        return (int) Pattern.compile(regex).matcher(html).results().count();
    }

    /** The marks shown right before {@code username}'s name: "C", "CT", "T" or "". */
    private static String marks(String html, String username) {
        var author = Pattern.compile(
                        "<span class=\"tm-author\">(.*?)<span class=\"tm-author-name\"[^>]*>" + Pattern.quote(username)
                                + "</span>",
                        Pattern.DOTALL)
                .matcher(html);
        if (!author.find()) {
            throw new AssertionError("No author " + username + " on the page:\n" + html);
        }
        var marks = new StringBuilder();
        if (author.group(1).contains("tm-badge-citizen")) {
            marks.append('C');
        }
        if (author.group(1).contains("tm-badge-trusted")) {
            marks.append('T');
        }
        return marks.toString();
    }
}
