package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A member follows their request on the status page and in mails that tell the same facts, in the
 * member's language, each mail with a plain-text and an HTML part; what the reviewer wrote is shown as
 * written, never as markup.
 */
class MemberStatusMailIT extends DeployedApp {

    /** A date as Thai readers write it: Buddhist-era year, Bangkok time ("21 พ.ย. 2569 14:52"). */
    private static final Pattern THAI_DATE = Pattern.compile("\\d{1,2} \\S+ 25\\d\\d \\d{2}:\\d{2}");

    private static final Pattern EXPECTED =
            Pattern.compile("คาดว่าจะได้คำตอบ: (ภายใน " + THAI_DATE + ") \\(ไม่เกิน 24 ชั่วโมงหลังส่งคำขอ\\)");
    private static final String WAIT = "ตอนนี้ยังไม่ต้องทำอะไร ผู้ดูแลกำลังตรวจสอบคำขอของคุณ";
    private static final String FIX = "อ่านสิ่งที่ผู้ตรวจสอบขอให้แก้ไข แล้วส่งคำขออีกครั้งพร้อมรูปที่ชัดเจน";

    @Test
    void aThaiMemberFollowsTheirRequestInThaiOnThePageAndInEveryMail() throws Exception {
        var member = TestData.newMember("thai");
        var browser = new WebClient(base.toURI()).acceptLanguage(LanguageIT.THAI_BROWSER);
        var signedUp = PageKit.signUp(browser, PageKit.thaiSignUp(member));
        assertTrue(
                PageKit.pageMessages(signedUp)
                        .contains("ยินดีต้อนรับ! เราส่งลิงก์ยืนยันไปที่ " + member.email()
                                + " แล้ว เปิดลิงก์เพื่อยืนยันอีเมล แล้วเข้าสู่ระบบได้เลย"),
                signedUp.body());

        // The confirmation mail: Thai, plain text and HTML saying the same, the link clickable in HTML.
        var confirmation = mail(member, 1, "ยืนยันอีเมลของคุณสำหรับฟอรัม Trustmark");
        assertTrue(confirmation.isMimeType("multipart/alternative"), confirmation.getContentType());
        var text = TestServers.part(confirmation, "text/plain");
        var html = TestServers.part(confirmation, "text/html");
        var link = link(text);
        assertTrue(
                text.startsWith("สวัสดีคุณ " + member.username() + "\n\nกรุณายืนยันอีเมลของคุณโดยเปิดลิงก์นี้:"), text);
        assertTrue(text.endsWith("ฟอรัม Trustmark"), "signed: " + text);
        assertTrue(html.contains("<html lang=\"th\">"), html);
        assertTrue(html.contains("<a href=\"" + link.replace("&", "&amp;") + "\""), html);

        browser.get(PageKit.relative(link));
        PageKit.assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());
        var before = PageKit.text(browser.get("member/status"));
        assertTrue(before.contains("คุณยังไม่เคยส่งคำขอยืนยันตัวตน"), before);
        assertTrue(before.contains("ส่งรูปบัตรประชาชนของคุณที่หน้า \"ยืนยันตัวตน\""), "next step: apply\n" + before);

        // Sent: the mail and the page both tell when, by when to expect an answer, and what to do next.
        var submitted = sendIdCard(browser, member);
        assertTrue(PageKit.text(submitted).contains("รอตรวจสอบ"), submitted.body());
        var received = TestServers.part(mail(member, 2, "เราได้รับคำขอยืนยันตัวตนของคุณแล้ว"), "text/plain");
        assertTrue(Pattern.compile("ส่งคำขอ: " + THAI_DATE).matcher(received).find(), received);
        assertFalse(received.contains("ส่งคำขออีกครั้ง"), "the first request is not a resubmission:\n" + received);
        var expected = EXPECTED.matcher(received);
        assertTrue(expected.find(), received);
        assertTrue(received.contains("สิ่งที่ต้องทำต่อไป: " + WAIT), received);
        assertTrue(
                received.contains("ติดตามคำขอของคุณได้ตลอดเวลาที่: http") && received.contains("/member/status"),
                received);
        var open = PageKit.text(browser.get("member/status"));
        assertTrue(
                open.contains(expected.group(1)),
                "the page promises the same time as the mail: " + expected.group(1) + "\n" + open);
        assertTrue(open.contains("<span class=\"tm-event-what\">ส่งคำขอ</span>"), open);
        assertFalse(open.contains("ส่งคำขออีกครั้ง"), open);
        assertTrue(open.contains(WAIT), open);

        // An admin opens it (and so holds it): the member sees that someone is on it.
        var admin = ReviewKit.admin(base.toURI());
        var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var review = ReviewKit.review(admin, requestId);
        assertTrue(
                PageKit.text(browser.get("member/status"))
                        .contains("<span class=\"tm-event-what\">ผู้ดูแลกำลังตรวจสอบ</span>"),
                "the claim is on the timeline");

        // Sent back, with words that look like markup: shown as written, in the mail and on the page.
        var reason = "Photo <b>blurred</b> & cut off";
        var sentBack = admin.submit(review, "resubmit", Map.of("reason", reason), "submit");
        assertTrue(sentBack.contains("will be told what to fix"), sentBack.body());
        var resubmit = mail(member, 3, "กรุณาส่งคำขอยืนยันตัวตนอีกครั้ง");
        var resubmitText = TestServers.part(resubmit, "text/plain");
        var resubmitHtml = TestServers.part(resubmit, "text/html");
        assertTrue(resubmitText.contains("สิ่งที่ต้องแก้:\n\n> " + reason), resubmitText);
        assertTrue(
                Pattern.compile("ส่งกลับให้แก้ไข: " + THAI_DATE)
                        .matcher(resubmitText)
                        .find(),
                resubmitText);
        assertTrue(resubmitText.contains("สิ่งที่ต้องทำต่อไป: " + FIX), resubmitText);
        assertFalse(resubmitText.contains("คาดว่าจะได้คำตอบ"), "no promise once decided");
        assertTrue(
                resubmitText.endsWith("\n\nฟอรัม Trustmark") && !resubmitText.contains("Trustmark Forum"),
                "signed once, in Thai");
        assertTrue(resubmitHtml.contains("Photo &lt;b&gt;blurred&lt;/b&gt; &amp; cut off</blockquote>"), resubmitHtml);
        assertFalse(resubmitHtml.contains("<b>blurred"), resubmitHtml);
        var sentBackPage = browser.get("member/status");
        assertTrue(sentBackPage.body().contains("Photo &lt;b&gt;blurred&lt;/b&gt; &amp; cut off"), sentBackPage.body());
        assertTrue(PageKit.text(sentBackPage).contains(FIX), sentBackPage.body());

        // Sent again: the new request says so, the old one keeps its history.
        sendIdCard(browser, member);
        var again = TestServers.part(mail(member, 4, "เราได้รับคำขอยืนยันตัวตนของคุณแล้ว"), "text/plain");
        assertTrue(
                Pattern.compile("ส่งคำขออีกครั้ง: " + THAI_DATE).matcher(again).find(), again);

        // Refused for good: the mail and the page say it is final.
        var secondId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        var refused = admin.submit(
                ReviewKit.review(admin, secondId), "reject", Map.of("reason", "Not the member's card"), "submit");
        assertTrue(refused.contains("will be told why"), refused.body());
        var refusal = TestServers.part(mail(member, 5, "คำขอยืนยันตัวตนของคุณถูกปฏิเสธ"), "text/plain");
        assertTrue(refusal.contains("> Not the member's card"), refusal);
        assertTrue(Pattern.compile("ปฏิเสธ: " + THAI_DATE).matcher(refusal).find(), refusal);
        assertTrue(refusal.contains("สิ่งที่ต้องทำต่อไป: คำขอของคุณถูกปฏิเสธ และการตัดสินนี้ถือเป็นที่สุด"), refusal);
        var history = PageKit.text(browser.get("member/status"));
        int resent = history.indexOf("<span class=\"tm-event-what\">ส่งคำขออีกครั้ง</span>");
        int sentBackStep = history.indexOf("<span class=\"tm-event-what\">ส่งกลับให้แก้ไข</span>");
        assertTrue(resent >= 0 && sentBackStep > resent, "newest request first:\n" + history);
    }

    @Test
    void englishMembersGetEnglishMailsWithBothParts() throws Exception {
        var member = TestData.newMember("engl");
        PageKit.signedUp(base.toURI(), member);
        var confirmation = mail(member, 1, "Confirm your e-mail address for Trustmark Forum");
        assertTrue(confirmation.isMimeType("multipart/alternative"), confirmation.getContentType());
        var text = TestServers.part(confirmation, "text/plain");
        assertTrue(text.startsWith("Hello " + member.username() + ",") && text.endsWith("Trustmark Forum"), text);
        var html = TestServers.part(confirmation, "text/html");
        assertTrue(
                html.contains("<html lang=\"en\">")
                        && html.contains("<a href=\"" + link(text).replace("&", "&amp;")),
                html);
    }

    /** The Citizen path of the wizard, on Thai pages. */
    private WebClient.Page sendIdCard(WebClient browser, TestData.Member member) {
        var wizard = new Wizard(browser)
                .consent()
                .tier("CITIZEN", "ID_CARD_FRONT")
                // The expiry as the card's Thai line prints it: Thai digits, Buddhist era.
                .next(Wizard.card(member.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "๑๔ ส.ค. ๒๕๗๔"));
        assertEquals(
                Optional.of("ได้รับแล้ว นี่คือรูปที่ผู้ดูแลจะเห็น"),
                wizard.upload("ID_CARD_FRONT", "card.jpg", "image/jpeg", TestData.cardJpeg(member.idNumber())));
        var summary = PageKit.text(wizard.next(Map.of()).page());
        assertTrue(summary.contains("<dd>14 ส.ค. 2574</dd>"), "the expiry in B.E., as typed\n" + summary);
        return wizard.submit();
    }

    /** The newest of at least {@code count} mails to the member, which must have {@code subject}. */
    private static MimeMessage mail(TestData.Member member, int count, String subject) throws MessagingException {
        var mails = TestServers.mailsTo(member.email(), count, PageKit.MAIL_WAIT);
        assertEquals(count, mails.size(), "mails to " + member.email());
        var newest = mails.get(count - 1);
        assertEquals(subject, newest.getSubject());
        return newest;
    }

    private static String link(String text) {
        var matcher = Pattern.compile("https?://\\S+").matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group();
    }
}
