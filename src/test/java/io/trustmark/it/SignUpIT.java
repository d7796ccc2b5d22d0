package io.trustmark.it;

import static io.trustmark.it.PageKit.LOGIN_FAILED;
import static io.trustmark.it.PageKit.MEMBER;
import static io.trustmark.it.PageKit.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.identity.domain.NationalIdNumber;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sign-up through the real page: each refusal shows its message beside the field and creates no account
 * (signing in with what was typed fails); an e-mail address or ID number that already has an account gets
 * the same answer as a new one, and its owner a mail instead; Thai digits and foreign passports are
 * accepted; the mailed link works once; the resend and reset pages never tell who has an account; a
 * password reset works once, expires and ends the old sessions; and password guessing slows down the
 * guesser without shutting the owner out of their known browser.
 *
 * <p>Every failed sign-in also counts against the client address (all tests sign in from 127.0.0.1; the ITs
 * raise that limit), and reset links expire after a minute here (the expiry test waits for it).
 */
class SignUpIT extends DeployedApp {

    static final String BAD_CHECKSUM =
            "This is not a valid Thai national ID number: the last digit does not match. " + "Please check for a typo.";
    static final String INVALID_CATEGORY = "A Thai national ID number starts with a digit from 1 to 8.";
    static final String WRONG_LENGTH = "A Thai national ID number has 13 digits.";
    static final String USERNAME_TAKEN = "This username is taken. Please choose another.";
    static final String TOO_SHORT = "Use at least 12 characters.";
    static final String COMMON = "This password is on a list of commonly used passwords. Please choose another.";
    static final String CONFIRM_DONE = "Thank you, your e-mail address is confirmed. You can now post in the forum.";
    static final String CONFIRM_USED = "This link was already used. Your address is confirmed: sign in.";
    static final String CONFIRM_INVALID = "This confirmation link is not valid. Ask for a new one below.";
    static final String NOT_CONFIRMED =
            "Confirm your e-mail address before you post: we sent you a link when you signed up.";
    static final String LOCKED = "Too many failed attempts. Please wait 1 minute and try again.";
    static final String SIGNUP_EXISTS = "Someone tried to sign up with your e-mail address";
    static final String SIGNUP_DUPLICATE_ID = "Someone tried to sign up with your ID number";
    static final String RESET_MAIL = "Choose a new password";
    static final String RESET_DONE = "Your password is changed and every other session of your account is signed out. "
            + "Sign in with your new password.";
    static final String RESET_USED =
            "This link was already used. If you still need a new password, ask for a new link below.";
    static final String RESET_EXPIRED = "This link has expired. Ask for a new one below.";
    static final String WEAK_TH = "รหัสผ่านนี้เดาง่ายเกินไป เพราะประกอบด้วยคำที่ใช้กันทั่วไป ชื่อ วันที่ ตัวอักษรซ้ำ ๆ "
            + "แป้นที่เรียงกันบนคีย์บอร์ด หรือชื่อฟอรัมนี้ นำคำที่ไม่เกี่ยวกันหลาย ๆ คำมาต่อกันจะได้รหัสผ่านที่เดายาก";
    static final String NEW_PASSWORD = "Lantern-Mango-Rooftop-71";

    // ---- the ID number -------------------------------------------------------------------------

    @Test
    void idNumberWithWrongCheckDigitIsRefused() throws Exception {
        var member = TestData.newMember("sbadsum");
        var id = member.idNumber();
        var typo = id.substring(0, 12) + (char) ('0' + (id.charAt(12) - '0' + 3) % 10);
        assertRefusedWithoutAccount(member, Map.of("idNumber", typo), "idNumber", BAD_CHECKSUM);
    }

    @Test
    void idNumberStartingWithZeroOrNineIsRefused() throws Exception {
        var member = TestData.newMember("scategory");
        var browser = new WebClient(base());
        for (char category : new char[] {'0', '9'}) {
            var fields = PageKit.thaiSignUp(member);
            fields.put("idNumber", withValidCheckDigit(category));
            var refused = PageKit.signUp(browser, fields);
            assertRefusal(refused, "idNumber", INVALID_CATEGORY);
        }
        assertNoAccount(member.username(), TestData.PASSWORD);
    }

    @Test
    void idNumberWithTwelveDigitsIsRefused() throws Exception {
        var member = TestData.newMember("slength");
        assertRefusedWithoutAccount(
                member, Map.of("idNumber", member.idNumber().substring(0, 12)), "idNumber", WRONG_LENGTH);
    }

    @Test
    void idNumberOfAnotherAccountGetsTheSameAnswerAndGoesToTheAdmins() throws Exception {
        var holder = TestData.newMember("sholder");
        PageKit.signedUp(base(), holder);
        var member = TestData.newMember("sclaimer");
        var done = PageKit.signUp(
                new WebClient(base()), with(member, Map.of("idNumber", PageKit.spaced(holder.idNumber()))));
        assertWelcome(done, member.email());
        assertFalse(done.body().contains(holder.username()), "the page must not name the account holding the number");
        assertFalse(done.body().contains(holder.email()), "the page must not show the holder's e-mail address");
        assertNoAccount(member.username(), TestData.PASSWORD);

        assertTrue(
                TestServers.mailWithSubject(holder.email(), SIGNUP_DUPLICATE_ID).isPresent(),
                "the holder is told by mail");
        var audit = PageKit.signedIn(base(), PageKit.ADMIN, PageKit.ADMIN_PASSWORD)
                .get("admin/audit?action=SIGNUP_DUPLICATE_ID");
        assertTrue(
                PageKit.text(audit).contains("username#"),
                "the admins see the attempt on the audit page\n" + audit.body());
        // pdpa: the append-only trail holds the attempt's username and address as keyed pseudonyms, never readable.
        assertFalse(PageKit.text(audit).contains(member.username()), audit.body());
        assertFalse(PageKit.text(audit).contains(member.email()), audit.body());
    }

    // ---- username, e-mail, password ------------------------------------------------------------

    @Test
    void emailOfAnotherAccountGetsTheSameAnswerAndItsOwnerAMailWithAResetLink() throws Exception {
        var holder = TestData.newMember("smailholder");
        PageKit.signedUp(base(), holder);
        var member = TestData.newMember("smailclaimer");
        var typed = holder.email().toUpperCase();
        var done = PageKit.signUp(new WebClient(base()), with(member, Map.of("email", typed)));
        assertWelcome(done, typed);
        assertNoAccount(member.username(), TestData.PASSWORD);

        var mail = TestServers.mailWithSubject(holder.email(), SIGNUP_EXISTS)
                .orElseThrow(() -> new AssertionError("no mail to the owner of the address"));
        var links = links(mail);
        assertTrue(links.get(0).endsWith("/account/login"), links.toString());
        var form = new WebClient(base()).get(PageKit.relative(links.get(1)));
        assertTrue(PageKit.hasForm(form, "reset"), "the mail's reset link opens the form\n" + form.body());

        // Sign-ups with the address (and even the owner's own number) again use up only the ration of such
        // mails, never the owner's own reset links.
        for (int again = 0; again < 2; again++) {
            var more = TestData.newMember("smailagain");
            var fields = with(more, Map.of("email", holder.email(), "idNumber", holder.idNumber()));
            assertWelcome(PageKit.signUp(new WebClient(base()), fields), holder.email());
        }
        assertSameResetAnswer(holder.email());
        resetLink(holder.email());
    }

    @Test
    void usernameOfAnotherAccountIsRefused() throws Exception {
        var holder = TestData.newMember("snameholder");
        PageKit.signedUp(base(), holder);
        var member = TestData.newMember("snameclaimer");
        var refused = PageKit.signUp(
                new WebClient(base()),
                with(member, Map.of("username", holder.username().toUpperCase())));
        assertRefusal(refused, "username", USERNAME_TAKEN);
        // The holder has the same password as every test member, so the new account is looked for by its e-mail.
        assertNoAccount(member.email(), TestData.PASSWORD);
    }

    @Test
    void passwordOfElevenCharactersIsRefused() throws Exception {
        var member = TestData.newMember("sshort");
        var eleven = "Kw7-tRq2-Zm";
        assertEquals(11, eleven.length());
        var refused = PageKit.signUp(new WebClient(base()), with(member, Map.of("password", eleven)));
        assertRefusal(refused, "password", TOO_SHORT);
        assertNoAccount(member.username(), eleven);
    }

    @Test
    void commonPasswordIsRefused() throws Exception {
        var member = TestData.newMember("scommon");
        var refused = PageKit.signUp(new WebClient(base()), with(member, Map.of("password", "password1234")));
        assertRefusal(refused, "password", COMMON);
        assertNoAccount(member.username(), "password1234");
    }

    @Test
    void passwordThatIsEasyToGuessIsRefusedInThai() throws Exception {
        var member = TestData.newMember("sweak");
        var browser = new WebClient(base()).acceptLanguage("th");
        var refused = PageKit.signUp(browser, with(member, Map.of("password", "trustmark2026")));
        assertRefusal(refused, "password", WEAK_TH, "ยินดีต้อนรับ");
        assertTrue(PageKit.text(refused).contains("ไม่ใช่ชื่อฟอรัมนี้"), "the form states the rule\n" + refused.body());
    }

    // ---- accepted forms ------------------------------------------------------------------------

    @Test
    void idNumberTypedInThaiDigitsWithDashesIsStoredAsTheSameNumber() throws Exception {
        var member = TestData.newMember("sthai");
        var thaiDigits = thaiDigitsWithDashes(member.idNumber());
        assertTrue(thaiDigits.chars().noneMatch(c -> c >= '0' && c <= '9'), thaiDigits);
        var done = PageKit.signUp(new WebClient(base()), with(member, Map.of("idNumber", thaiDigits)));
        assertWelcome(done, member);

        var copycat = TestData.newMember("sthaicopy");
        var again = PageKit.signUp(new WebClient(base()), with(copycat, Map.of("idNumber", member.idNumber())));
        assertWelcome(again, copycat.email());
        assertNoAccount(copycat.username(), TestData.PASSWORD);
    }

    @Test
    void foreignMemberSignsUpWithCountryAndPassport() throws Exception {
        var member = TestData.newMember("sforeign");
        var browser = new WebClient(base());
        var page = PageKit.otherNationality(browser, browser.get("account/signup"));

        var fields = new LinkedHashMap<String, String>();
        fields.put("username", member.username());
        fields.put("email", member.email());
        fields.put("password", TestData.PASSWORD);
        fields.put("nationality", "false");
        fields.put("country", "USA");
        fields.put("idNumber", "X1234567");
        assertWelcome(browser.submit(page, "signup", fields, "submit"), member);
        PageKit.assertSignedIn(new WebClient(base()).login(member.username(), TestData.PASSWORD), member.username());
    }

    // ---- the confirmation link and the resend page ----------------------------------------------

    @Test
    void confirmationLinkWorksOnce() throws Exception {
        var member = TestData.newMember("sconfirm");
        var browser = PageKit.signedUp(base(), member);
        var link = PageKit.confirmationLink(member.email());

        assertEquals(CONFIRM_DONE, outcome(browser.get(link)));
        assertEquals(CONFIRM_USED, outcome(browser.get(link)));
        assertEquals(CONFIRM_USED, outcome(new WebClient(base()).get(link)), "also from another browser");

        PageKit.assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());
        var newThread = browser.get("member/new-thread?b=general");
        assertTrue(PageKit.hasForm(newThread, "thread"), "a confirmed member may post\n" + newThread.body());
    }

    @Test
    void invalidConfirmationTokenIsRefused() throws Exception {
        var member = TestData.newMember("sbadtoken");
        var browser = PageKit.signedUp(base(), member);
        var link = PageKit.confirmationLink(member.email());
        var token = link.substring(link.indexOf("token=") + 6);
        var tampered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        for (var path :
                List.of("account/confirm?token=" + tampered, "account/confirm?token=not-a-token", "account/confirm")) {
            var page = new WebClient(base()).get(path);
            assertEquals(200, page.status(), path);
            assertEquals(CONFIRM_INVALID, outcome(page), path);
        }

        PageKit.assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());
        var newThread = browser.get("member/new-thread?b=general");
        assertTrue(PageKit.text(newThread).contains(NOT_CONFIRMED), "still unconfirmed\n" + newThread.body());
        assertEquals(CONFIRM_DONE, outcome(browser.get(link)), "the real link still works");
    }

    @Test
    void resendPageAlwaysGivesTheSameAnswer() throws Exception {
        var unconfirmed = TestData.newMember("sresend");
        PageKit.signedUp(base(), unconfirmed);
        var confirmed = TestData.newMember("sresent");
        PageKit.confirmedMember(base(), confirmed);
        var unknown = TestData.newMember("snobody").email();

        for (var email : List.of(unknown, unconfirmed.email(), confirmed.email())) {
            var browser = new WebClient(base());
            var answer = browser.submit(browser.get("account/resend"), "resend", Map.of("email", email), "submit");
            assertEquals(200, answer.status());
            assertEquals(
                    List.of("If " + email
                            + " belongs to an account that still needs confirming, a new link is on its way."),
                    PageKit.pageMessages(answer),
                    email);
        }

        var mails = TestServers.mailsTo(unconfirmed.email(), 2, PageKit.MAIL_WAIT);
        assertEquals(2, mails.size(), "a second confirmation mail for the unconfirmed member");
        assertEquals(CONFIRM_DONE, outcome(new WebClient(base()).get(PageKit.confirmationLink(unconfirmed.email()))));
    }

    // ---- password reset ------------------------------------------------------------------------

    @Test
    void passwordResetWorksOnceEndsTheOldSessionsAndExpires() throws Exception {
        // A link asked for first and never used: checked at the end, once it has expired (a minute in the ITs).
        var late = TestData.newMember("sresetlate");
        PageKit.signedUp(base(), late);
        long askedAt = System.nanoTime();
        assertSameResetAnswer(late.email());
        var expiring = resetLink(late.email());

        var member = TestData.newMember("sreset");
        PageKit.signedUp(base(), member);
        var oldSession = PageKit.signedIn(base(), member.username(), TestData.PASSWORD);
        assertSameResetAnswer(TestData.newMember("snoreset").email());
        assertSameResetAnswer(member.email());
        var link = resetLink(member.email());

        var browser = new WebClient(base());
        var form = browser.get(link);
        assertTrue(PageKit.hasForm(form, "reset"), form.body());
        var otherTab = new WebClient(base());
        var otherForm = otherTab.get(link);
        var weak = browser.submit(form, "reset", Map.of("password", "password1234"), "submit");
        PageKit.assertFieldMessage(weak, "reset", "password", COMMON);
        var done = browser.submit(form, "reset", Map.of("password", NEW_PASSWORD), "submit");
        assertEquals(List.of(RESET_DONE), PageKit.pageMessages(done), done.body());

        var after = oldSession.get("member/status");
        PageKit.assertNotSignedIn(after);
        assertEquals(RESET_USED, outcome(new WebClient(base()).get(link)), "the link works once");
        var second = otherTab.submit(otherForm, "reset", Map.of("password", "Second-Lantern-Mango-72"), "submit");
        assertEquals(RESET_USED, outcome(second), "also from a form opened before the link was used");
        assertNoAccount(member.username(), TestData.PASSWORD);
        assertNoAccount(member.username(), "Second-Lantern-Mango-72");
        PageKit.assertSignedIn(browser.login(member.username(), NEW_PASSWORD), member.username());

        var waitMillis = 62_000 - (System.nanoTime() - askedAt) / 1_000_000;
        if (waitMillis > 0) {
            Thread.sleep(waitMillis);
        }
        assertEquals(RESET_EXPIRED, outcome(new WebClient(base()).get(expiring)));
        assertTrue(PageKit.text(new WebClient(base()).get("account/reset?token=not-a-token"))
                .contains("This link is not valid. Ask for a new one below."));
        PageKit.assertSignedIn(new WebClient(base()).login(late.username(), TestData.PASSWORD), late.username());
    }

    // ---- password guessing ---------------------------------------------------------------------

    @Test
    void guessingSlowsDownTheGuesserButNotTheOwnersKnownBrowser() throws Exception {
        var member = TestData.newMember("slock");
        PageKit.signedUp(base(), member);
        var home = PageKit.signedIn(base(), member.username(), TestData.PASSWORD);
        home.logout(home.get("forum/index"));

        for (int attempt = 1; attempt <= 5; attempt++) {
            var page = new WebClient(base()).login(member.username(), "Not-The-Password-" + attempt);
            PageKit.assertNotSignedIn(page);
            if (attempt < 5) {
                assertEquals(List.of(LOGIN_FAILED), PageKit.pageMessages(page), "attempt " + attempt);
            }
        }
        var sixth = new WebClient(base()).login(member.username(), TestData.PASSWORD);
        PageKit.assertNotSignedIn(sixth);
        assertEquals(List.of(LOCKED), PageKit.pageMessages(sixth), "a new browser waits a minute, not a quarter hour");
        var byEmail = new WebClient(base()).login(member.email(), TestData.PASSWORD);
        PageKit.assertNotSignedIn(byEmail);
        assertEquals(
                List.of(LOCKED), PageKit.pageMessages(byEmail), "the same account, signed in by its e-mail address");

        // The browser the member signed in with before is not held up by the guesses.
        PageKit.assertSignedIn(home.login(member.username(), TestData.PASSWORD), member.username());
        // Nor is anyone else.
        PageKit.assertSignedIn(new WebClient(base()).login(MEMBER, MEMBER_PASSWORD), MEMBER);
    }

    /**
     * Wrong passwords for one name at the same moment all meet a counter that does not exist yet: each is
     * counted, none ends in a duplicate-key 500 (the counter is created by one atomic upsert).
     */
    @Test
    void simultaneousFirstFailuresAreAllAnsweredAsFailures() throws Exception {
        var name = TestData.newMember("race").username();
        var browsers = new ArrayList<WebClient>();
        var forms = new ArrayList<WebClient.Page>();
        // Five: the sixth failure of one name from one address would rightly be told to wait.
        for (int i = 0; i < 5; i++) {
            var browser = new WebClient(base());
            browsers.add(browser);
            forms.add(browser.get("account/login"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(browsers.size());
        var go = new java.util.concurrent.CountDownLatch(1);
        var answers = new ArrayList<java.util.concurrent.Future<WebClient.Page>>();
        for (int i = 0; i < browsers.size(); i++) {
            var browser = browsers.get(i);
            var form = forms.get(i);
            answers.add(pool.submit(() -> {
                go.await();
                return browser.submit(form, "login", Map.of("username", name, "password", "Wrong-Guess-1"), "submit");
            }));
        }
        go.countDown();
        pool.shutdown();
        // What the race must never give is a server error (both counters created at once): each answer is a
        // sign-in page with a failure. The address's counter also holds this class's other failed sign-ins, so
        // the last of the five may rightly be told to wait; at least the first are plain failures.
        int failed = 0;
        for (var answer : answers) {
            var page = answer.get(2, java.util.concurrent.TimeUnit.MINUTES);
            assertEquals(200, page.status(), page.body());
            var messages = PageKit.pageMessages(page);
            assertTrue(
                    messages.equals(List.of(LOGIN_FAILED)) || messages.equals(List.of(LOCKED)),
                    "a failure or a wait, nothing else: " + messages);
            failed += messages.equals(List.of(LOGIN_FAILED)) ? 1 : 0;
        }
        assertTrue(failed >= 1, "the first failures are answered as failures");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private URI base() throws Exception {
        return base.toURI();
    }

    private static Map<String, String> with(TestData.Member member, Map<String, String> changes) {
        var fields = PageKit.thaiSignUp(member);
        fields.putAll(changes);
        return fields;
    }

    private WebClient.Page assertRefusedWithoutAccount(
            TestData.Member member, Map<String, String> changes, String field, String expected) throws Exception {
        var refused = PageKit.signUp(new WebClient(base()), with(member, changes));
        assertRefusal(refused, field, expected);
        assertNoAccount(member.username(), TestData.PASSWORD);
        return refused;
    }

    /** The sign-up page again, the message beside the field, no welcome. */
    private static void assertRefusal(WebClient.Page page, String field, String expected) {
        assertRefusal(page, field, expected, "We sent a confirmation link");
    }

    private static void assertRefusal(WebClient.Page page, String field, String expected, String welcomePart) {
        assertEquals(200, page.status(), page.uri() + "\n" + page.body());
        assertTrue(page.uri().getPath().endsWith("/account/signup"), "stays on the sign-up page: " + page.uri());
        assertTrue(PageKit.hasForm(page, "signup"), page.body());
        PageKit.assertFieldMessage(page, "signup", field, expected);
        assertFalse(page.contains(welcomePart), page.body());
    }

    /** Signing in with what was typed fails: no account was made. */
    private void assertNoAccount(String login, String password) throws Exception {
        var page = new WebClient(base()).login(login, password);
        PageKit.assertNotSignedIn(page);
        assertEquals(List.of(LOGIN_FAILED), PageKit.pageMessages(page), "no account for " + login);
    }

    private static void assertWelcome(WebClient.Page page, TestData.Member member) {
        assertWelcome(page, member.email());
    }

    /** The one answer to every sign-up that passes the checks, whether an account was made or not. */
    private static void assertWelcome(WebClient.Page page, String email) {
        assertEquals(
                List.of("Welcome! We sent a confirmation link to " + email
                        + ". Open it to confirm your address, then sign in."),
                PageKit.pageMessages(page),
                page.body());
    }

    /** The forgot page answers alike for every address. */
    private void assertSameResetAnswer(String email) throws Exception {
        var browser = new WebClient(base());
        var answer = browser.submit(browser.get("account/forgot"), "forgot", Map.of("email", email), "submit");
        assertEquals(200, answer.status());
        assertEquals(
                List.of(
                        "If " + email
                                + " belongs to an account, a link to choose a new password is on its way. It works once, for 1 minute."),
                PageKit.pageMessages(answer),
                email);
    }

    private static String resetLink(String email) {
        return PageKit.relative(TestServers.linkInMail(email, RESET_MAIL, PageKit.MAIL_WAIT)
                .orElseThrow(() -> new AssertionError("No reset mail to " + email)));
    }

    private static List<String> links(MimeMessage mail) {
        var matcher = Pattern.compile("https?://\\S+").matcher(TestServers.part(mail, "text/plain"));
        var links = new java.util.ArrayList<String>();
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }

    private static String outcome(WebClient.Page page) {
        var matcher = Pattern.compile("<p id=\"outcome\"[^>]*>([^<]*)</p>").matcher(page.body());
        assertTrue(matcher.find(), "the outcome on " + page.uri() + "\n" + page.body());
        return WebClient.unescape(matcher.group(1)).strip();
    }

    /** 12 digits after {@code category}, then the right check digit: only the category is wrong. */
    private static String withValidCheckDigit(char category) {
        var random = ThreadLocalRandom.current();
        var first12 = new StringBuilder().append(category);
        for (int i = 1; i < 12; i++) {
            first12.append(random.nextInt(10));
        }
        return first12 + String.valueOf(NationalIdNumber.checkDigit(first12.toString()));
    }

    /** "1234567890123" → "๑-๒๓๔๕-๖๗๘๙๐-๑๒-๓", as printed on the card, in Thai digits. */
    private static String thaiDigitsWithDashes(String id) {
        var grouped = id.charAt(0) + "-" + id.substring(1, 5) + "-" + id.substring(5, 10) + "-" + id.substring(10, 12)
                + "-" + id.charAt(12);
        var thai = new StringBuilder();
        for (char c : grouped.toCharArray()) {
            thai.append(c >= '0' && c <= '9' ? (char) ('\u0E50' + (c - '0')) : c);
        }
        return thai.toString();
    }
}
