package io.trustmark.it;

import static io.trustmark.it.PageKit.LOGIN_FAILED;
import static io.trustmark.it.PageKit.MEMBER;
import static io.trustmark.it.PageKit.MEMBER_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.identity.domain.NationalIdNumber;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sign-up through the real page: each refusal shows its message beside the field and creates no account
 * (signing in with what was typed fails); Thai digits and foreign passports are accepted; the mailed link
 * works once; the resend page never tells who has an account; and password guessing locks the account.
 *
 * <p>Every failed sign-in also counts against the client address (20 per 15 minutes, shared by every test
 * class in one PostgreSQL run), so this class keeps to 13: 8 "no account" checks and the 5 guesses that
 * lock an account.
 */
class SignUpIT extends DeployedApp {

    static final String BAD_CHECKSUM =
            "This is not a valid Thai national ID number: the last digit does not match. " + "Please check for a typo.";
    static final String INVALID_CATEGORY = "A Thai national ID number starts with a digit from 1 to 8.";
    static final String WRONG_LENGTH = "A Thai national ID number has 13 digits.";
    static final String ID_TAKEN = "This ID number is already registered to an account. If it is yours, sign in; "
            + "otherwise contact the forum team.";
    static final String EMAIL_TAKEN =
            "An account with this e-mail address already exists. Sign in, or reset your password.";
    static final String USERNAME_TAKEN = "This username is taken. Please choose another.";
    static final String TOO_SHORT = "Use at least 12 characters.";
    static final String COMMON = "This password is on a list of commonly used passwords. Please choose another.";
    static final String CONFIRM_DONE = "Thank you, your e-mail address is confirmed. You can now post in the forum.";
    static final String CONFIRM_USED = "This link was already used. Your address is confirmed: sign in.";
    static final String CONFIRM_INVALID = "This confirmation link is not valid. Ask for a new one below.";
    static final String NOT_CONFIRMED =
            "Confirm your e-mail address before you post: we sent you a link when you signed up.";
    static final String LOCKED = "Too many failed attempts. Please wait 15 minutes and try again.";

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
    void idNumberOfAnotherAccountIsRefusedWithoutNamingIt() throws Exception {
        var holder = TestData.newMember("sholder");
        PageKit.signedUp(base(), holder);
        var member = TestData.newMember("sclaimer");
        var refused = assertRefusedWithoutAccount(
                member, Map.of("idNumber", PageKit.spaced(holder.idNumber())), "idNumber", ID_TAKEN);
        assertFalse(
                refused.body().contains(holder.username()), "the page must not name the account holding the number");
        assertFalse(refused.body().contains(holder.email()), "the page must not show the holder's e-mail address");
    }

    // ---- username, e-mail, password ------------------------------------------------------------

    @Test
    void emailOfAnotherAccountIsRefused() throws Exception {
        var holder = TestData.newMember("smailholder");
        PageKit.signedUp(base(), holder);
        var member = TestData.newMember("smailclaimer");
        assertRefusedWithoutAccount(member, Map.of("email", holder.email().toUpperCase()), "email", EMAIL_TAKEN);
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

    // ---- accepted forms ------------------------------------------------------------------------

    @Test
    void idNumberTypedInThaiDigitsWithDashesIsStoredAsTheSameNumber() throws Exception {
        var member = TestData.newMember("sthai");
        var thaiDigits = thaiDigitsWithDashes(member.idNumber());
        assertTrue(thaiDigits.chars().noneMatch(c -> c >= '0' && c <= '9'), thaiDigits);
        var done = PageKit.signUp(new WebClient(base()), with(member, Map.of("idNumber", thaiDigits)));
        assertWelcome(done, member);

        var copycat = TestData.newMember("sthaicopy");
        var refused = PageKit.signUp(new WebClient(base()), with(copycat, Map.of("idNumber", member.idNumber())));
        assertRefusal(refused, "idNumber", ID_TAKEN);
    }

    @Test
    void foreignMemberSignsUpWithCountryAndPassport() throws Exception {
        var member = TestData.newMember("sforeign");
        var browser = new WebClient(base());
        var page = chooseOtherNationality(browser, browser.get("account/signup"));

        var fields = new LinkedHashMap<String, String>();
        fields.put("username", member.username());
        fields.put("email", member.email());
        fields.put("password", TestData.PASSWORD);
        fields.put("nationality", "false");
        fields.put("country_input", "USA");
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

    // ---- password guessing ---------------------------------------------------------------------

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        var member = TestData.newMember("slock");
        PageKit.signedUp(base(), member);

        for (int attempt = 1; attempt <= 5; attempt++) {
            var page = new WebClient(base()).login(member.username(), "Not-The-Password-" + attempt);
            PageKit.assertNotSignedIn(page);
            if (attempt < 5) {
                assertEquals(List.of(LOGIN_FAILED), PageKit.pageMessages(page), "attempt " + attempt);
            }
        }
        var sixth = new WebClient(base()).login(member.username(), TestData.PASSWORD);
        PageKit.assertNotSignedIn(sixth);
        assertEquals(List.of(LOCKED), PageKit.pageMessages(sixth));
        var byEmail = new WebClient(base()).login(member.email(), TestData.PASSWORD);
        PageKit.assertNotSignedIn(byEmail);
        assertEquals(
                List.of(LOCKED), PageKit.pageMessages(byEmail), "the same account, signed in by its e-mail address");

        // The lock is on that account, not on everyone.
        PageKit.assertSignedIn(new WebClient(base()).login(MEMBER, MEMBER_PASSWORD), MEMBER);
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
        assertEquals(200, page.status(), page.uri() + "\n" + page.body());
        assertTrue(page.uri().getPath().endsWith("/account/signup"), "stays on the sign-up page: " + page.uri());
        assertTrue(PageKit.hasForm(page, "signup"), page.body());
        PageKit.assertFieldMessage(page, "signup", field, expected);
        assertFalse(page.contains("We sent a confirmation link"), page.body());
    }

    /** Signing in with what was typed fails: no account was made. */
    private void assertNoAccount(String login, String password) throws Exception {
        var page = new WebClient(base()).login(login, password);
        PageKit.assertNotSignedIn(page);
        assertEquals(List.of(LOGIN_FAILED), PageKit.pageMessages(page), "no account for " + login);
    }

    private static void assertWelcome(WebClient.Page page, TestData.Member member) {
        assertEquals(
                List.of("Welcome! We sent a confirmation link to " + member.email()
                        + ". Open it to confirm your address, then sign in."),
                PageKit.pageMessages(page),
                page.body());
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

    /**
     * What a browser does when "Other nationality" is picked: the radio button's Ajax request, which
     * re-renders the identity fields (country and passport number). Returns the page with the view state
     * that request left, ready to submit.
     */
    private WebClient.Page chooseOtherNationality(WebClient browser, WebClient.Page signUpPage) {
        var form = browser.form(signUpPage, "signup");
        var params = new LinkedHashMap<String, String>();
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", "signup:nationality");
        params.put("jakarta.faces.partial.execute", "signup:nationality");
        params.put("jakarta.faces.partial.render", "signup:identity");
        params.put("jakarta.faces.behavior.event", "valueChange");
        params.put("jakarta.faces.partial.event", "change");
        params.put("signup", "signup");
        params.putAll(form.hidden());
        params.put("signup:nationality", "false");
        var response = browser.post(
                form.action(), params, Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest"));
        assertEquals(200, response.statusCode(), response.body());
        var partial = response.body();
        assertTrue(
                partial.contains("<partial-response") && partial.contains("name=\"signup:country_input\""),
                "the country field appears\n" + partial);
        assertTrue(partial.contains("Passport number"), "the number field is now the passport number\n" + partial);

        var body = signUpPage.body();
        var viewState = Pattern.compile(
                        "<update id=\"([^\"]*jakarta\\.faces\\.ViewState[^\"]*)\"><!\\[CDATA\\[([^\\]]*)\\]\\]>")
                .matcher(partial);
        if (viewState.find()) {
            body = body.replaceAll(
                    "(name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\")[^\"]*\"",
                    "$1" + Matcher.quoteReplacement(viewState.group(2)) + "\"");
        }
        return new WebClient.Page(signUpPage.status(), signUpPage.uri(), body, signUpPage.response());
    }
}
