package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ThaID as an instant route to Citizen (issue 17), against a real OpenID Connect provider running in the
 * test JVM ({@link ThaIdStandIn}; failsafe gives the application its issuer): the member ticks the notice
 * and chooses "Verify with ThaID" on the wizard's first step, the provider sends them back with a code, and
 * the forum validates the ID token and decides. Every refusal is told in the member's language and leaves
 * nothing behind: no request, no tier, no mail.
 */
class ThaIdIT extends DeployedApp {

    private static final String CLIENT = "trustmark-it";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    private static ThaIdStandIn thaid() {
        return TestServers.thaid();
    }

    /** The wizard's first step with the notice ticked, "Verify with ThaID": where the forum sends the browser. */
    private static URI startAtThaId(WebClient browser) {
        var page = browser.get("member/verify");
        assertEquals(200, page.status(), page.body());
        assertTrue(page.contains("id=\"verify:thaid\""), "the ThaID button on the first step\n" + page.body());
        var form = browser.form(page, "verify");
        var params = new LinkedHashMap<String, String>();
        params.put("verify", "verify");
        params.putAll(form.hidden());
        params.put("verify:consent", "on");
        params.put("verify:thaid", "");
        var response = browser.post(form.action(), params, Map.of());
        assertEquals(302, response.statusCode(), response.body());
        var location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertTrue(location.toString().startsWith(thaid().issuer() + "/authorize"), location.toString());
        assertEquals("S256", ThaIdStandIn.parameter(location, "code_challenge_method"));
        return location;
    }

    /** What the browser does at ThaID (no login screen in the stand-in): the redirect back to the forum. */
    private static String callbackFrom(WebClient browser, URI authorization) {
        var response = browser.getRaw(authorization.toString());
        assertEquals(302, response.statusCode());
        var back = response.headers().firstValue("Location").orElseThrow();
        assertTrue(back.contains("/member/thaid?"), back);
        return back;
    }

    /** A confirmed, signed-in member who reads the forum in Thai (signed up from a Thai browser). */
    private WebClient thaiMember(TestData.Member member) {
        var browser = new WebClient(root()).acceptLanguage("th-TH,th;q=0.9");
        PageKit.signUp(browser, PageKit.thaiSignUp(member));
        // The confirmation mail is in Thai: its subject does not say "Confirm".
        var link = TestServers.linkInMail(member.email(), "", MAIL_WAIT).orElseThrow();
        browser.get(PageKit.relative(link));
        PageKit.assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());
        return browser;
    }

    private URI root() {
        try {
            return base.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void registeredNumberMakesTheMemberACitizenAtOnce() {
        var member = TestData.newMember("thaid");
        var browser = PageKit.confirmedMember(root(), member);
        var authorization = startAtThaId(browser);
        thaid().answerWith(ThaIdStandIn.claims(member.idNumber()));
        var callback = callbackFrom(browser, authorization);
        var done = browser.get(callback);

        assertTrue(done.uri().getPath().endsWith("/member/status"), done.uri().toString());
        assertEquals(
                List.of(
                        "ThaID confirmed your ID number: you are now a Citizen, and the green C shows before your name."),
                PageKit.pageMessages(done));
        var text = PageKit.text(done);
        assertTrue(text.contains("Verified with ThaID (approved at once)"), done.body());
        assertTrue(text.contains("Request for the Citizen tier"), done.body());
        assertTrue(browser.get("member/verify").contains("id=\"verified\""), "the green C: ID verified");

        // The usual mail, through the outbox, naming the route.
        var mail = TestServers.mailsTo(member.email(), 2, MAIL_WAIT).stream()
                .filter(m -> ReviewKit.subject(m).equals("You are verified with ThaID"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ThaID mail to " + member.email()));
        assertTrue(TestServers.part(mail, "text/plain").contains("verified with ThaID"));
        assertTrue(TestServers.part(mail, "text/plain").contains("Verified with ThaID (approved at once)"));

        // The admins see the route in the member's history and the audit row; no admin decided it.
        var admin = ReviewKit.admin(root());
        var history = admin.get("admin/member?u=" + member.username());
        assertTrue(history.contains("Citizen<span class=\"tm-route\"> (verified with ThaID)</span>"), history.body());
        assertTrue(PageKit.text(history).contains("Registered → Citizen"), "the raise is in the tier history");
        var audit = admin.get("admin/audit?actor=" + member.username());
        assertTrue(audit.contains("data-action=\"THAID_VERIFIED\""), audit.body());

        // The same answer again (a replayed state) finds nothing to finish: one request, one mail.
        var replayed = browser.get(callback);
        assertTrue(
                replayed.uri().getPath().endsWith("/member/verify"),
                replayed.uri().toString());
        assertEquals(
                List.of("This answer from ThaID does not belong to a verification you started here, or it was already"
                        + " used. Nothing was changed: please start again."),
                PageKit.pageMessages(replayed));
        // Nor in another member's session, where a stolen callback link would be opened.
        var other = PageKit.confirmedMember(root(), TestData.newMember("thaidx"));
        var stolen = other.get(callback);
        assertTrue(PageKit.text(stolen).contains("does not belong to a verification you started here"), stolen.body());
        assertTrue(PageKit.text(other.get("member/status")).contains("You have not sent a verification request yet."));
        var status = PageKit.text(browser.get("member/status"));
        assertEquals(1, status.split("Verified with ThaID \\(approved at once\\)", -1).length - 1, status);
    }

    @Test
    void anotherNumberChangesNothingAndTellsTheAdmins() {
        var member = TestData.newMember("thaidpid");
        var browser = PageKit.confirmedMember(root(), member);
        var authorization = startAtThaId(browser);
        thaid().answerWith(ThaIdStandIn.claims(TestData.thaiId()));
        var done = browser.get(callbackFrom(browser, authorization));

        assertTrue(done.uri().getPath().endsWith("/member/verify"), done.uri().toString());
        assertEquals(
                List.of("ThaID gave a different ID number from the one you registered with, so your tier did not"
                        + " change. The forum admins have been told. If you mistyped your number when you signed up,"
                        + " please contact them."),
                PageKit.pageMessages(done));
        assertTrue(
                PageKit.text(browser.get("member/status")).contains("You have not sent a verification request yet."));
        assertFalse(browser.get("member/verify").contains("id=\"verified\""));
        var audit = ReviewKit.admin(root()).get("admin/audit?actor=" + member.username());
        assertTrue(audit.contains("data-action=\"THAID_PID_DIFFERS\""), audit.body());
        assertFalse(audit.contains("data-action=\"THAID_VERIFIED\""), audit.body());
    }

    @Test
    void everyBadAnswerIsRefusedInTheMembersLanguageAndLeavesNothing() {
        var member = TestData.newMember("thaidbad");
        var browser = thaiMember(member);
        var tokenRefused = "ตรวจสอบคำตอบจาก ThaID ไม่ผ่าน ไม่มีสิ่งใดเปลี่ยนแปลง กรุณาลองใหม่";

        // A token for another nonce (another sign-in's token, replayed into this one).
        var authorization = startAtThaId(browser);
        var claims = new HashMap<>(ThaIdStandIn.claims(member.idNumber()));
        claims.put("nonce", "another-sign-in");
        thaid().answerWith(claims);
        assertRefused(browser, browser.get(callbackFrom(browser, authorization)), tokenRefused);

        // A token issued to another client.
        authorization = startAtThaId(browser);
        claims = new HashMap<>(ThaIdStandIn.claims(member.idNumber()));
        claims.put("aud", List.of("another-forum"));
        thaid().answerWith(claims);
        assertRefused(browser, browser.get(callbackFrom(browser, authorization)), tokenRefused);

        // An expired token, signed by the provider itself.
        authorization = startAtThaId(browser);
        var callback = callbackFrom(browser, authorization);
        var nonce = ThaIdStandIn.parameter(authorization, "nonce");
        thaid().forgeNext(thaid().signedByProvider(CLIENT, nonce, member.idNumber(), -3600));
        assertRefused(browser, browser.get(callback), tokenRefused);

        // A token with every claim right, signed by another key under the provider's key id.
        authorization = startAtThaId(browser);
        callback = callbackFrom(browser, authorization);
        nonce = ThaIdStandIn.parameter(authorization, "nonce");
        thaid().forgeNext(thaid().signedByAnotherKey(CLIENT, nonce, member.idNumber()));
        assertRefused(browser, browser.get(callback), tokenRefused);

        // The member cancels at ThaID: the provider sends them back with error=access_denied.
        authorization = startAtThaId(browser);
        var state = ThaIdStandIn.parameter(authorization, "state");
        assertRefused(
                browser,
                browser.get("member/thaid?error=access_denied&state=" + state),
                "คุณยกเลิกที่ ThaID ไม่มีสิ่งใดเปลี่ยนแปลง คุณลองใหม่ หรือส่งรูปบัตรประชาชนแทนได้");

        // A state this session never sent (or already used).
        // No token is asked for (the state is refused first), so none is queued: the provider is shared by the JVM.
        authorization = startAtThaId(browser);
        callback = callbackFrom(browser, authorization);
        var forgedState = callback.replaceAll("state=[^&]+", "state=forged");
        assertRefused(
                browser,
                browser.get(forgedState),
                "คำตอบจาก ThaID นี้ไม่ตรงกับการยืนยันตัวตนที่คุณเริ่มไว้ที่นี่ หรือถูกใช้ไปแล้ว ไม่มีสิ่งใดเปลี่ยนแปลง"
                        + " กรุณาเริ่มใหม่");
        // The forged state also ended the real sign-in: its own callback is now a replay.
        assertRefused(
                browser,
                browser.get(callback),
                "คำตอบจาก ThaID นี้ไม่ตรงกับการยืนยันตัวตนที่คุณเริ่มไว้ที่นี่ หรือถูกใช้ไปแล้ว ไม่มีสิ่งใดเปลี่ยนแปลง"
                        + " กรุณาเริ่มใหม่");

        // Nothing stored: no request, no C, no ThaID audit row, no mail but the confirmation.
        assertTrue(PageKit.text(browser.get("member/status")).contains("คุณยังไม่เคยส่งคำขอยืนยันตัวตน"));
        assertFalse(browser.get("member/verify").contains("id=\"verified\""));
        var audit = ReviewKit.admin(root()).get("admin/audit?actor=" + member.username());
        assertFalse(audit.body().contains("data-action=\"THAID_"), audit.body());
        assertEquals(
                1, TestServers.mailsTo(member.email(), 2, Duration.ofSeconds(3)).size());
    }

    private static void assertRefused(WebClient browser, WebClient.Page page, String message) {
        assertTrue(page.uri().getPath().endsWith("/member/verify"), page.uri().toString());
        assertEquals(List.of(message), PageKit.pageMessages(page), page.body());
    }

    @Test
    void eligibilityIsAskedAgainWhenThaIdAnswers() {
        // Between leaving for ThaID and coming back, the member sent a card from another browser: an open
        // request. EligibilityPolicy's rule holds at the callback too, so ThaID cannot go around it.
        var member = TestData.newMember("thaidopen");
        var browser = PageKit.confirmedMember(root(), member);
        var authorization = startAtThaId(browser);
        var other = PageKit.signedIn(root(), member.username(), TestData.PASSWORD);
        assertTrue(ReviewKit.sendCard(member, other).contains("Waiting for review"));
        thaid().answerWith(ThaIdStandIn.claims(member.idNumber()));
        var done = browser.get(callbackFrom(browser, authorization));
        assertRefused(browser, done, "You already have a request waiting for review.");
        assertFalse(browser.get("member/verify").contains("id=\"verified\""));
        var status = PageKit.text(browser.get("member/status"));
        assertFalse(status.contains("Verified with ThaID"), status);
        // And the route is not offered while the request is open.
        assertFalse(browser.get("member/verify").contains("id=\"verify:thaid\""));
    }
}
