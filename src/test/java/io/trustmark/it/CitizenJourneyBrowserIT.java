package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Citizen journey in a real browser, clicked through the way a newcomer would: sign up, confirm
 * through the demo mailbox, send the ID card (after one typo in the number), an admin approves it, and
 * the green C appears before the member's name while the Marketplace opens. Every step leaves a
 * screenshot in {@code trustmark.it.screenshots} (target/screenshots), numbered in order.
 *
 * <p>Needs Debian's chromium and chromium-driver; without them the test is skipped (and Payara is not
 * even started, thanks to {@link EnabledIf}).
 */
@EnabledIf(value = "io.trustmark.it.Browser#available", disabledReason = Browser.NOT_INSTALLED)
class CitizenJourneyBrowserIT extends DeployedApp {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "Review-Queue-2026";

    private Browser browser;
    private WebDriver driver;

    @Test
    void newcomerBecomesCitizen() throws Exception {
        assumeTrue(Browser.available(), Browser.NOT_INSTALLED);
        var member = TestData.newMember("browser");
        var card = Files.createTempFile("trustmark-card-", ".jpg");
        Files.write(card, TestData.cardJpeg(member.idNumber()));
        try (var chromium = new Browser()) {
            browser = chromium;
            driver = chromium.driver();
            try {
                journey(member, card);
            } catch (Throwable failure) {
                chromium.screenshot("99-failure");
                chromium.pageSource("99-failure");
                throw failure;
            }
        } finally {
            Files.deleteIfExists(card);
        }
    }

    /**
     * Issue 17 at a phone's width (390 px), in English and in Thai: the wizard's first step offers "Verify with
     * ThaID"; the member ticks the notice, is sent to the ThaID stand-in (the suite's real OpenID Connect
     * provider) and back, and is a Citizen at once. In Thai, a ThaID that names another number is refused first.
     * Screenshots: target/screenshots/thaid-*.
     */
    @Test
    void thaIdAtAPhonesWidthInEnglishAndThai() throws Exception {
        assumeTrue(Browser.available(), Browser.NOT_INSTALLED);
        var english = TestData.newMember("bthaiden");
        var thai = TestData.newMember("bthaidth");
        PageKit.confirmedMember(base.toURI(), english);
        PageKit.confirmedMember(base.toURI(), thai);
        try (var chromium = new Browser("thaid-")) {
            browser = chromium;
            driver = chromium.driver();
            driver.manage().window().setSize(new Dimension(390, 900));
            try {
                thaIdWalk(english, false);
                chromium.signOut();
                thaIdWalk(thai, true);
            } catch (Throwable failure) {
                chromium.screenshot("thaid-99-failure");
                chromium.pageSource("thaid-99-failure");
                throw failure;
            }
        }
    }

    private void thaIdWalk(TestData.Member member, boolean inThai) {
        var lang = inThai ? "th" : "en";
        driver.get(url("account/login"));
        browser.type(By.id("login:username"), member.username());
        browser.type(By.id("login:password"), TestData.PASSWORD);
        browser.clickAndLoad(driver.findElement(By.id("login:submit")));
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("header .tm-signed-in"), member.username()));
        if (inThai) {
            var switchTo = driver.findElement(By.cssSelector("#language button[value='th']"));
            browser.scrollTo(switchTo);
            browser.clickAndLoad(switchTo);
            browser.waiting()
                    .until(d -> "th".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        }
        driver.get(url("member/verify"));
        var thaid = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:thaid")));
        assertEquals(inThai ? "ยืนยันตัวตนด้วย ThaID" : "Verify with ThaID", thaid.getText());
        browser.scrollTo(driver.findElement(By.id("thaidRoute")));
        browser.shot(lang + "-first-step");

        if (inThai) {
            // Someone else's ThaID: refused in the member's language, nothing changes.
            TestServers.thaid().answerWith(ThaIdStandIn.claims(otherThan(member.idNumber())));
            tickAndGo();
            browser.waitForMessage("ThaID ให้เลขประจำตัวประชาชนที่ไม่ตรงกับเลขที่คุณใช้ลงทะเบียน");
            browser.shot(lang + "-other-number");
        }

        TestServers.thaid().answerWith(ThaIdStandIn.claims(member.idNumber()));
        tickAndGo();
        browser.waitForMessage(
                inThai
                        ? "ThaID ยืนยันเลขประจำตัวประชาชนของคุณแล้ว"
                        : "ThaID confirmed your ID number: you are now a Citizen");
        assertTrue(driver.getCurrentUrl().contains("/member/status"), driver.getCurrentUrl());
        browser.waitForText(
                By.cssSelector(".tm-timeline"),
                inThai ? "ยืนยันตัวตนด้วย ThaID (อนุมัติทันที)" : "Verified with ThaID (approved at once)");
        browser.shot(lang + "-citizen");
        assertBadgeBeforeName(browser.header(), member.username());
        assertEquals(List.of(), browser.cspViolations(), "no script blocked on the way");
    }

    /** Ticks the notice on the first step and chooses "Verify with ThaID": off to the provider and back. */
    private void tickAndGo() {
        driver.get(url("member/verify"));
        var consent = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verify:consent")));
        browser.scrollTo(consent);
        if (!consent.isSelected()) {
            consent.click();
        }
        var thaid = driver.findElement(By.id("verify:thaid"));
        browser.scrollTo(thaid);
        browser.clickAndLoad(thaid);
    }

    private void journey(TestData.Member member, Path card) {
        // The forum, as anyone sees it first.
        driver.get(url(""));
        browser.waitForHeading("Forum");
        assertTrue(boardLink("General").isDisplayed());
        browser.shot("forum");

        // Sign up from the header.
        browser.clickAndLoad(browser.header().findElement(By.linkText("Sign up")));
        browser.waitForHeading("Create your account");
        browser.shot("signup");
        browser.type(By.id("signup:username"), member.username());
        browser.type(By.id("signup:email"), member.email());
        browser.type(By.id("signup:password"), TestData.PASSWORD);
        // PrimeFaces hides the real radio input; a person clicks the label.
        driver.findElement(By.xpath("//label[@for=//input[@name='signup:nationality' and @value='true']/@id]"))
                .click();
        browser.waitForAjax();
        assertTrue(
                driver.findElement(By.cssSelector("input[name='signup:nationality'][value='true']"))
                        .isSelected(),
                "Thai chosen");
        browser.type(By.id("signup:idNumber"), PageKit.spaced(member.idNumber()));
        browser.shot("signup-filled");
        browser.clickAndLoad(driver.findElement(By.id("signup:submit")));
        browser.waitForMessage("We sent a confirmation link to " + member.email());
        browser.shot("signed-up");

        // The demo mailbox stands in for the member's inbox. Its links carry the configured base URL
        // (http://localhost:8080), not this test server, so the token is taken from the link's text.
        browser.clickAndLoad(browser.header().findElement(By.linkText("Demo mailbox")));
        browser.waitForHeading("Demo mailbox");
        var confirmLink = browser.waiting().until(d -> {
            var links =
                    d.findElements(By.xpath("//article[contains(@class,'tm-mail')][.//p[contains(., '" + member.email()
                            + "')]]//a[contains(@class,'tm-mail-link') and contains(., 'account/confirm?token=')]"));
            if (links.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return links.get(0);
        });
        var token = URI.create(confirmLink.getText().trim()).getRawQuery();
        browser.scrollTo(confirmLink);
        browser.shot("mailbox");
        driver.get(url("account/confirm?" + token));
        browser.waitForText(By.id("outcome"), "your e-mail address is confirmed");
        browser.shot("confirmed");

        // Sign in and start a thread in General while still Registered.
        browser.signIn(member.username(), TestData.PASSWORD);
        browser.shot("signed-in");
        browser.clickAndLoad(boardLink("General"));
        browser.waitForHeading("General");
        browser.clickAndLoad(driver.findElement(By.linkText("Start a thread")));
        browser.waitForHeading("Start a thread in General");
        var helloTitle = "Hello from " + member.username();
        browser.type(By.id("thread:title"), helloTitle);
        browser.type(By.id("thread:body"), "First post. Glad to be here!");
        browser.clickAndLoad(driver.findElement(By.id("thread:submit")));
        browser.waitForHeading(helloTitle);
        assertTrue(
                postAuthor(member.username())
                        .findElements(By.cssSelector("span.tm-badge-citizen"))
                        .isEmpty(),
                "no green C before verification");
        browser.shot("general-thread");

        // The Marketplace refuses, and points to verification.
        browser.clickAndLoad(browser.header().findElement(By.linkText("Forum")));
        browser.clickAndLoad(boardLink("Marketplace"));
        browser.waitForHeading("Marketplace");
        var refusal = driver.findElement(By.id("startRefusal"));
        assertTrue(
                refusal.getText().contains("Only verified members (Citizen) may start sale threads"),
                refusal.getText());
        assertTrue(
                driver.findElements(By.linkText("Start a thread")).isEmpty(),
                "no Start a thread for a Registered member");
        browser.shot("marketplace-refused");
        browser.clickAndLoad(refusal.findElement(By.linkText("Verify your identity")));
        browser.waitForHeading("Verify your identity");
        browser.shot("verify");

        // The wizard: consent, then the tier, then the card as printed.
        driver.findElement(By.id("verify:consent")).click();
        browser.clickAndLoad(driver.findElement(By.id("verify:next")));
        driver.findElement(By.cssSelector("label[for='verify:target:0']")).click();
        browser.clickAndLoad(driver.findElement(By.id("verify:next")));
        browser.shot("verify-details");

        // A typo in the number: the wizard says so beside the field and stays on the step.
        var wrongNumber = otherThan(member.idNumber());
        TrustedJourneyBrowserIT.cardDetails(browser, wrongNumber);
        browser.clickAndLoad(driver.findElement(By.id("verify:next")));
        var mismatch = browser.waiting()
                .until(
                        ExpectedConditions.visibilityOfElementLocated(
                                By.xpath(
                                        "//input[@id='verify:number']/ancestor::div[contains(@class,'tm-field')][1]//*[contains(@class,'ui-message-error')]")));
        assertTrue(mismatch.getText().contains("This is not the number you registered with"), mismatch.getText());
        assertTrue(driver.findElements(By.id("requestStatus")).isEmpty(), "nothing was sent");
        browser.scrollTo(mismatch);
        browser.shot("verify-wrong-number");

        // The right number; the card photo is checked the moment it is chosen and shown as it will be sent.
        browser.type(By.id("verify:number"), PageKit.spaced(member.idNumber()));
        browser.clickAndLoad(driver.findElement(By.id("verify:next")));
        driver.findElement(By.id("verify:idCard_input"))
                .sendKeys(card.toAbsolutePath().toString());
        var preview = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.tm-upload-preview")));
        browser.waitForImage(preview);
        browser.scrollTo(preview);
        browser.shot("verify-photo");
        browser.clickAndLoad(driver.findElement(By.id("verify:next")));
        browser.waitForText(By.id("summary"), "Citizen");
        browser.shot("verify-summary");
        browser.awaitReading();
        browser.clickAndLoad(driver.findElement(By.id("verify:submit")));
        browser.waitForText(By.id("requestStatus"), "Waiting for review");
        browser.waitForMessage("Your request was sent");
        assertTrue(driver.findElements(By.id("verify")).isEmpty(), "no second form while a request is open");
        browser.shot("verify-submitted");
        browser.signOut();
        browser.shot("signed-out");

        // The admin reviews the card and approves.
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.clickAndLoad(browser.header().findElement(By.linkText("Review queue")));
        browser.waitForHeading("Review queue");
        var reviewLink = driver.findElement(By.xpath(
                "//tr[td[normalize-space()='" + member.username() + "']]//a[contains(@class,'tm-review-link')]"));
        browser.shot("review-queue");
        browser.clickAndLoad(reviewLink);
        browser.waitForText(By.id("member"), member.username());
        var image = driver.findElement(By.cssSelector("img.tm-document-image"));
        browser.waitForImage(image);
        assertTrue(image.isDisplayed(), "the ID card is shown");
        assertTrue(
                driver.findElement(By.id("checkChecksum")).getAttribute("class").contains("tm-pass"),
                "checksum passes");
        assertTrue(driver.findElement(By.id("checkMatch")).getAttribute("class").contains("tm-pass"), "number matches");
        var digits = driver.findElement(By.cssSelector("table.tm-digits"));
        assertTrue(digits.isDisplayed(), "digit table shown");
        assertTrue(digits.findElements(By.cssSelector("td.tm-diff")).isEmpty(), "no differing digit");
        browser.shot("review");
        browser.clickAndLoad(By.id("claimIt:submit")); // Start review: opening the page claims nothing
        browser.clickAndLoad(driver.findElement(By.id("approve:submit")));
        browser.waitForMessage(member.username() + " is now verified");
        browser.shot("approved");
        browser.signOut();

        // The member is a Citizen now: a green C before the name, and the Marketplace is open.
        browser.signIn(member.username(), TestData.PASSWORD);
        browser.clickAndLoad(boardLink("General"));
        browser.waitForHeading("General");
        var row = driver.findElement(By.xpath("//tr[.//a[normalize-space()='" + helloTitle + "']]"));
        assertBadgeBeforeName(row, member.username());
        browser.scrollTo(row);
        browser.shot("general-badge");

        browser.clickAndLoad(browser.header().findElement(By.linkText("Forum")));
        browser.clickAndLoad(boardLink("Marketplace"));
        browser.waitForHeading("Marketplace");
        assertTrue(driver.findElements(By.id("startRefusal")).isEmpty(), "no refusal for a Citizen");
        var start = driver.findElement(By.linkText("Start a thread"));
        assertTrue(start.isDisplayed());
        browser.shot("marketplace-open");
        browser.clickAndLoad(start);
        browser.waitForHeading("Start a thread in Marketplace");
        var saleTitle = "Selling a bicycle, like new";
        browser.type(By.id("thread:title"), saleTitle);
        browser.type(By.id("thread:body"), "Barely ridden. Meet in Bangkok.");
        browser.clickAndLoad(driver.findElement(By.id("thread:submit")));
        browser.waitForHeading(saleTitle);
        assertBadgeBeforeName(driver.findElement(By.cssSelector("li.tm-post")), member.username());
        browser.shot("sale-thread");
        assertEquals(List.of(), browser.cspViolations(), "no script blocked by the policy on the whole journey");
    }

    // --- steps -------------------------------------------------------------------------------------

    /** The green C is shown, inside the author mark, to the left of the member's name. */
    private void assertBadgeBeforeName(WebElement container, String username) {
        var author = container.findElement(By.xpath(
                ".//span[contains(@class,'tm-author')][span[contains(@class,'tm-author-name') and normalize-space()='"
                        + username + "']]"));
        var badges = author.findElements(By.cssSelector("span.tm-badge-citizen"));
        assertEquals(1, badges.size(), "one green C in " + author.getAttribute("outerHTML"));
        var badge = badges.get(0);
        var name = author.findElement(By.cssSelector("span.tm-author-name"));
        assertTrue(badge.isDisplayed(), "the green C is visible");
        assertEquals("C", badge.getText());
        assertEquals("rgba(27, 127, 59, 1)", badge.getCssValue("background-color"), "the C is green");
        assertTrue(
                badge.getRect().getX() + badge.getRect().getWidth()
                        <= name.getRect().getX(),
                "the C stands before the name");
        var following = (Boolean) ((JavascriptExecutor) driver)
                .executeScript(
                        "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
                        badge,
                        name);
        assertTrue(following, "the C comes before the name in the page");
    }

    private WebElement postAuthor(String username) {
        return driver.findElement(
                By.xpath("//li[contains(@class,'tm-post')]//span[contains(@class,'tm-author')][span[normalize-space()='"
                        + username + "']]"));
    }

    private WebElement boardLink(String name) {
        return driver.findElement(By.xpath("//ul[contains(@class,'tm-boards')]//a[normalize-space()='" + name + "']"));
    }

    /** A valid Thai ID number that is not the member's: a typo the checksum does not catch. */
    private static String otherThan(String idNumber) {
        String other;
        do {
            other = TestData.thaiId();
        } while (other.equals(idNumber));
        return other;
    }
}
