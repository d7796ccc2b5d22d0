package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Which language a page is in: the browser's Accept-Language for guests, then the guest's own choice
 * (a cookie), and for members the choice stored with their account, whatever browser they sign in from.
 */
class LanguageIT extends DeployedApp {

    static final String THAI_BROWSER = "th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7";
    static final String ENGLISH_BROWSER = "en-US,en;q=0.9";
    private static final Pattern PAGE_LANGUAGE = Pattern.compile("<html[^>]*\\slang=\"([a-z]+)\"");

    @Test
    void guestsReadTheLanguageTheirBrowserAsksFor() throws Exception {
        var thai = new WebClient(base.toURI()).acceptLanguage(THAI_BROWSER).get("forum/");
        assertEquals("th", language(thai));
        assertTrue(PageKit.text(thai).contains("<h2>ห้องสนทนา</h2>"), thai.body());

        var english =
                new WebClient(base.toURI()).acceptLanguage(ENGLISH_BROWSER).get("forum/");
        assertEquals("en", language(english));
        assertTrue(english.contains("<h2>Boards</h2>"), english.body());

        assertEquals(
                "th",
                language(new WebClient(base.toURI())
                        .acceptLanguage("fr-FR,fr;q=0.9,th;q=0.8,en;q=0.5")
                        .get("forum/")),
                "the best supported language by the browser's own ranking");
        assertEquals(
                "en",
                language(new WebClient(base.toURI())
                        .acceptLanguage("de-DE,fr;q=0.8")
                        .get("forum/")),
                "English when the browser names neither");
        assertEquals("en", language(new WebClient(base.toURI()).get("forum/")), "English without Accept-Language");
    }

    @Test
    void aGuestsChoiceIsRememberedInACookie() throws Exception {
        var guest = new WebClient(base.toURI()).acceptLanguage(THAI_BROWSER);
        var back = base.toURI().getPath() + "forum/board?b=general";
        var switched = switchTo(guest, "en", back);
        assertEquals(303, switched.statusCode());
        assertEquals(back, switched.headers().firstValue("Location").orElse(null));
        var cookie = switched.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("trustmark_language=en"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no language cookie: " + switched.headers()));
        assertTrue(cookie.contains("HttpOnly") && cookie.matches("(?i).*(Max-Age|Expires)=.*"), cookie);
        assertTrue(
                switched.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("TRUSTMARK_SESSION")),
                "switching language starts no session for a guest: " + switched.headers());

        var board = guest.get("forum/board?b=general");
        assertEquals("en", language(board), "the guest's choice wins over the Thai browser");
        assertTrue(
                guest.cookies().getCookieStore().getCookies().stream()
                        .noneMatch(c -> c.getName().equals("TRUSTMARK_SESSION")),
                "the choice lives in its cookie, not in a session: "
                        + board.response().headers());
        assertTrue(board.contains("<h1>General</h1>"), board.body());

        switchTo(guest, "th", back);
        assertTrue(PageKit.text(guest.get("forum/board?b=general")).contains("<h1>พูดคุยทั่วไป</h1>"));
    }

    @Test
    void theSwitchGoesBackOnlyToThisApplicationAndKnowsItsLanguages() throws Exception {
        var guest = new WebClient(base.toURI());
        var home = base.toURI().getPath() + "forum/";
        for (var foreign : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example", "", "forum/"}) {
            var switched = switchTo(guest, "th", foreign);
            assertEquals(303, switched.statusCode(), foreign);
            assertEquals(home, switched.headers().firstValue("Location").orElse(null), "back=" + foreign);
        }
        assertEquals(400, switchTo(guest, "de", home).statusCode());
        assertEquals(400, switchTo(guest, "", home).statusCode());
        assertEquals(405, guest.getRaw("language?to=th").statusCode(), "a GET changes nothing");
        var fromElsewhere = guest.post(
                base.toURI().resolve("language"),
                Map.of("to", "th", "back", home),
                Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, fromElsewhere.statusCode());
    }

    @Test
    void validationMessagesAndFacesOwnMessagesAreInThai() throws Exception {
        var guest = new WebClient(base.toURI()).acceptLanguage(THAI_BROWSER);
        var login = guest.submit(guest.get("account/login"), "login", Map.of("username", "", "password", ""), "submit");
        PageKit.assertFieldMessage(login, "login", "username", "กรุณากรอกชื่อผู้ใช้หรืออีเมล");
        PageKit.assertFieldMessage(login, "login", "password", "กรุณากรอกรหัสผ่าน");

        var fields = PageKit.thaiSignUp(TestData.newMember("thform"));
        fields.put("idNumber", "3100600445636");
        var signUp = PageKit.signUp(guest, fields);
        PageKit.assertFieldMessage(
                signUp,
                "signup",
                "idNumber",
                "เลขประจำตัวประชาชนนี้ไม่ถูกต้อง: หลักสุดท้ายไม่ตรงกับเลขตรวจสอบ กรุณาตรวจดูว่าพิมพ์ผิดหรือไม่");
    }

    @Test
    void aMembersChoiceFollowsThemToAnyBrowser() throws Exception {
        var member = TestData.newMember("lang");
        var first = PageKit.confirmedMember(base.toURI(), member);
        assertEquals("en", language(first.get("forum/")), "signed up in English");

        var switched = switchTo(first, "th", base.toURI().getPath() + "member/status");
        assertEquals(303, switched.statusCode());
        var status = first.get("member/status");
        assertEquals("th", language(status));
        assertTrue(PageKit.text(status).contains("<h1>คำขอยืนยันตัวตนของฉัน</h1>"), status.body());

        // Another browser, set to English, whose guest cookie also says English: signed in, the
        // member's stored choice wins over both.
        var second = new WebClient(base.toURI()).acceptLanguage(ENGLISH_BROWSER);
        switchTo(second, "en", base.toURI().getPath() + "account/login");
        assertEquals("en", language(second.get("account/login")));
        var signedIn = second.login(member.username(), TestData.PASSWORD);
        PageKit.assertSignedIn(signedIn, member.username());
        assertEquals("th", language(signedIn));

        // Switching back in the second browser is seen by the first on its next page.
        switchTo(second, "en", base.toURI().getPath() + "forum/");
        assertEquals("en", language(first.get("forum/")));
    }

    /**
     * The Thai wizard names the tiers in Thai (the same words as everywhere: สมาชิกยืนยันตัวตน, สมาชิกน่าเชื่อถือ),
     * never "Citizen" or "Trusted", and a tier left unchosen is asked for as a choice, not as "please fill in".
     */
    @Test
    void theThaiWizardNamesTheTiersInThai() throws Exception {
        var member = TestData.newMember("thtier");
        var browser = PageKit.confirmedMember(base.toURI(), member);
        switchTo(browser, "th", base.toURI().getPath() + "member/verify");
        var wizard = new Wizard(browser);
        assertEquals("th", language(wizard.page()));
        var intro = PageKit.text(wizard.page());
        assertTrue(intro.contains("สมาชิกน่าเชื่อถือส่งรูปถ่ายใบหน้า"), intro);

        var tiers = wizard.consent().page();
        var text = PageKit.text(tiers);
        assertTrue(text.contains("สมาชิกยืนยันตัวตน: ยืนยันบัตรประชาชนแล้ว"), text);
        assertTrue(text.contains("สมาชิกน่าเชื่อถือ: ยืนยันบัตร รูปใบหน้า และสมุดบัญชีธนาคารแล้ว"), text);
        var main = text.substring(text.indexOf("<main"), text.indexOf("</main>"));
        assertFalse(
                Pattern.compile("\\b(Citizen|Trusted|Registered)\\b")
                        .matcher(main)
                        .find(),
                "a tier named in English on the Thai page: " + main);

        var unchosen = wizard.next(Map.of()).page();
        // PrimeFaces ties the message of a radio group to its first radio.
        PageKit.assertFieldMessage(unchosen, "verify", "target:0", "กรุณาเลือกระดับที่ต้องการ");
    }

    private HttpResponse<String> switchTo(WebClient browser, String language, String back) throws Exception {
        URI action = base.toURI().resolve("language");
        return browser.post(action, Map.of("to", language, "back", back), Map.of());
    }

    static String language(WebClient.Page page) {
        var matcher = PAGE_LANGUAGE.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no lang on <html> of " + page.uri() + ":\n" + page.body());
        }
        return matcher.group(1);
    }
}
