package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every main page, for a guest, a member and an admin, switched from English to Thai with the switch in
 * the page header: afterwards no message key shows (???key???) and no text a person reads is left in
 * English, except what people wrote themselves (marked translate="no") and names. On each page, in both
 * languages, axe-core (vendored under src/test/resources/axe) finds no serious or critical accessibility
 * violation. Screenshots of both languages go to target/screenshots (lang-*).
 */
@EnabledIf(value = "io.trustmark.it.Browser#available", disabledReason = Browser.NOT_INSTALLED)
class LanguageBrowserIT extends DeployedApp {

    /** Names of things rather than words to translate. */
    private static final List<String> NAMES = List.of(
            "Trustmark",
            "JPEG",
            "PNG",
            "SVG",
            "MB",
            "iPhone",
            "a-z",
            "Welcome to the forum",
            "Best khao soi in Chiang Mai?",
            "Rainy season cycling routes",
            "Selling: Canon EOS R50 kit, like new",
            PageKit.ADMIN,
            PageKit.MEMBER,
            PageKit.CITIZEN);

    /**
     * Text nodes and labelling attributes (aria-label, title, alt, placeholder, button values) with a
     * Latin word and no Thai letter, outside anything marked translate="no" or lang="en". URLs, e-mail
     * addresses and the given names are not words.
     */
    private static final String ENGLISH_LEFT = """
            const names = arguments[0];
            const found = [];
            const skipped = el => el.closest('script, style, noscript, [translate="no"], [lang]:not([lang="th"])');
            const english = text => {
                let rest = text.replace(/https?:\\/\\/\\S+/g, ' ').replace(/\\S+@\\S+/g, ' ');
                for (const name of names) rest = rest.split(name).join(' ');
                return /[A-Za-z]{2,}/.test(rest) && !/[\\u0E00-\\u0E7F]/.test(text);
            };
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                const text = node.textContent.trim();
                if (text && !skipped(node.parentElement) && english(text)) found.push(text);
            }
            for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder], input[type=submit], input[type=button]')) {
                if (skipped(el)) continue;
                for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'value']) {
                    const value = (attr === 'value' && !['submit', 'button'].includes(el.type)) ? null : el.getAttribute(attr);
                    if (value && english(value)) found.push(attr + '="' + value + '" on <' + el.tagName.toLowerCase() + '>');
                }
            }
            if (english(document.title)) found.push('<title>' + document.title);
            return found;
            """;

    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document)
                .then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                        help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))}))
                .catch(e => done('axe failed: ' + e));
            """;

    private Browser browser;
    private WebDriver driver;
    private String axe;
    private int step;
    private final List<String> minorFindings = new ArrayList<>();

    @Test
    void everyMainPageSpeaksThaiAfterTheSwitchAndPassesAxe() throws Exception {
        assumeTrue(Browser.available(), Browser.NOT_INSTALLED);
        axe = axeSource();
        // Something for the admin to review, sent by a member through the real pages.
        var applicant = TestData.newMember("axe");
        var requestId = PageKit.submittedRequest(base.toURI(), applicant);
        var names = new ArrayList<>(NAMES);
        names.add(applicant.username());
        try (var chromium = new Browser()) {
            browser = chromium;
            driver = chromium.driver();
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            try {
                keyboardAlone();
                check("forum", "forum/", names);
                check("board", "forum/board?b=general", names);
                check(
                        "thread",
                        driver.findElement(By.linkText("Welcome to the forum")).getAttribute("href"),
                        names);
                check("signup", "account/signup", names);
                check("login", "account/login", names);
                errorsAreAnnouncedInThai();
                check("resend", "account/resend", names);
                check("forgot", "account/forgot", names);

                signIn(PageKit.MEMBER, PageKit.MEMBER_PASSWORD);
                check("verify", "member/verify", names);
                wizardInThai();
                check("status", "member/status", names);
                check("new-thread", "member/new-thread?b=general", names);
                // Stored with the shared demo account: leave it as other tests expect it.
                switchTo("en");
                signOut();

                // The applicant's request is open: its timeline and the promised answer time.
                signIn(applicant.username(), TestData.PASSWORD);
                check("status-open", "member/status", names);
                assertTrue(driver.findElement(By.cssSelector(".tm-expected"))
                        .getText()
                        .startsWith("คาดว่าจะได้คำตอบ"));
                assertEquals(
                        "ส่งคำขอ",
                        driver.findElement(By.cssSelector(".tm-timeline .tm-event-what"))
                                .getText(),
                        "a first request, not a resubmission");
                check("verify-open", "member/verify", names);
                switchTo("en");
                signOut();

                signIn(PageKit.ADMIN, PageKit.ADMIN_PASSWORD);
                check("admin-queue", "admin/index", names);
                check("admin-review", "admin/review?id=" + requestId, names);
                check("mailbox", "demo/mailbox", names);
                switchTo("en");
                signOut();
            } catch (Throwable failure) {
                chromium.screenshot("lang-99-failure");
                chromium.pageSource("lang-99-failure");
                throw failure;
            }
        }
        // Moderate and minor findings do not fail the test; they are listed for whoever improves the pages.
        minorFindings.forEach(finding -> System.out.println("axe (not serious): " + finding));
    }

    /**
     * pdpa: "My data" and "Erase my account" in both languages, on a desktop window and at 390 px (screenshots
     * lang-NN-my-data-*), then the erasure itself on the Thai page: the member is signed out and told so.
     */
    @Test
    void myDataAndEraseMyAccountInBothLanguagesOnDesktopAndPhone() throws Exception {
        assumeTrue(Browser.available(), Browser.NOT_INSTALLED);
        axe = axeSource();
        var member = TestData.newMember("erasewalk");
        PageKit.submittedRequest(base.toURI(), member);
        var names = new ArrayList<>(NAMES);
        names.add(member.username());
        try (var chromium = new Browser()) {
            browser = chromium;
            driver = chromium.driver();
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            try {
                signIn(member.username(), TestData.PASSWORD);
                check("my-data", "member/data", names);
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 900));
                driver.get(url("member/data"));
                assertEquals("th", pageLanguage());
                shot("my-data-390-th");
                switchTo("en");
                shot("my-data-390-en");
                var width = ((Number) ((JavascriptExecutor) driver)
                                .executeScript("return document.documentElement.scrollWidth"))
                        .intValue();
                assertTrue(width <= 390, "nothing wider than the phone's screen: " + width);
                switchTo("th");
                // Erase, as a person does it: tick, type the password, press the button.
                driver.findElement(By.id("erase:confirmed")).click();
                browser.type(By.id("erase:password"), TestData.PASSWORD);
                browser.clickAndLoad(By.id("erase:submit"));
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("erased")));
                assertTrue(
                        driver.findElement(By.id("erased")).getText().startsWith("ลบบัญชีของคุณแล้ว"),
                        "told in Thai: " + driver.findElement(By.id("erased")).getText());
                assertTrue(driver.findElements(By.id("signOut:submit")).isEmpty(), "signed out");
                shot("erased-390-th");
            } catch (Throwable failure) {
                chromium.screenshot("lang-98-failure");
                chromium.pageSource("lang-98-failure");
                throw failure;
            }
        }
    }

    /** Opens the page in English, checks it, switches to Thai with the header's switch, checks it again. */
    private void check(String name, String pathOrUrl, List<String> names) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : url(pathOrUrl));
        if (!"en".equals(pageLanguage())) {
            switchTo("en");
        }
        assertAccessible(name + " (English)");
        assertFalse(englishLeft(names).isEmpty(), "the check for English sees the English page " + name);
        shot(name + "-en");

        switchTo("th");
        assertFalse(driver.getPageSource().contains("???"), "a message key without text on " + name);
        assertEquals(
                List.of(), englishLeft(names), "English left on the Thai " + name + " page " + driver.getCurrentUrl());
        assertAccessible(name + " (Thai)");
        shot(name + "-th");
        assertEquals(List.of(), browser.cspViolations(), "scripts blocked by the policy on " + name);
    }

    /**
     * With the keyboard alone: the first Tab reaches the skip link, which then moves focus to the content;
     * Tab reaches the language switch, and Enter on it switches.
     */
    private void keyboardAlone() {
        driver.get(url("forum/"));
        var keys = new Actions(driver);
        keys.sendKeys(Keys.TAB).perform();
        var skip = driver.switchTo().activeElement();
        assertTrue(
                skip.getAttribute("class").contains("tm-skip"),
                "the first Tab reaches the skip link: " + skip.getAttribute("outerHTML"));
        assertTrue(skip.isDisplayed() && skip.getRect().getX() >= 0, "the focused skip link is on screen");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals(
                "main",
                driver.switchTo().activeElement().getAttribute("id"),
                "the skip link moves focus to the content");

        driver.get(url("forum/"));
        var thai = driver.findElement(By.cssSelector("#language button[value='th']"));
        for (int i = 0; i < 20 && !thai.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals(thai, driver.switchTo().activeElement(), "Tab reaches the language switch");
        shot("keyboard-focus");
        var page = browser.currentPage();
        keys.sendKeys(Keys.ENTER).perform();
        browser.awaitNewPage(page);
        assertEquals("th", pageLanguage(), "Enter on the switch changes the language");
        switchTo("en");
    }

    /** The wizard's next steps on the Thai page: the tier and document choice, then the card's details. */
    private void wizardInThai() {
        driver.findElement(By.id("verify:consent")).click();
        browser.clickAndLoad(By.id("verify:next"));
        wizardStep("verify-step-tier");
        // PrimeFaces hides the real radio inputs; a person clicks the labels.
        driver.findElement(By.xpath("//label[@for=//input[@name='verify:target' and @value='CITIZEN']/@id]"))
                .click();
        driver.findElement(By.xpath("//label[@for=//input[@name='verify:document' and @value='ID_CARD_FRONT']/@id]"))
                .click();
        browser.clickAndLoad(By.id("verify:next"));
        assertTrue(
                driver.findElements(By.id("verify:number")).size() == 1,
                "on the details step: " + driver.getPageSource());
        wizardStep("verify-step-details");
        browser.clickAndLoad(By.id("verify:cancel"));
    }

    private void wizardStep(String name) {
        assertEquals("th", pageLanguage());
        assertEquals(List.of(), englishLeft(NAMES), "English left on the Thai " + name + " page");
        assertAccessible(name + " (Thai)");
        shot(name + "-th");
        assertEquals(List.of(), browser.cspViolations(), "scripts blocked by the policy on " + name);
    }

    /** A sign-in without name and password, on the Thai page: each field says what is missing, as an alert. */
    private void errorsAreAnnouncedInThai() {
        browser.clickAndLoad(By.id("login:submit"));
        // The sign-in page is a plain page (no PrimeFaces): its field messages are h:message elements.
        var messages = driver.findElements(By.cssSelector("form#login .tm-field-message")).stream()
                .filter(message -> !message.getText().isBlank())
                .toList();
        assertEquals(2, messages.size(), driver.getPageSource());
        assertEquals("กรุณากรอกชื่อผู้ใช้หรืออีเมล", messages.get(0).getText());
        for (var message : messages) {
            assertEquals("alert", message.getAttribute("role"), "read out as soon as it appears");
        }
        assertEquals("true", driver.findElement(By.id("login:username")).getAttribute("aria-invalid"));
        assertEquals(List.of(), englishLeft(NAMES));
        assertAccessible("login with errors (Thai)");
        shot("login-errors-th");
    }

    @SuppressWarnings("unchecked")
    private List<String> englishLeft(List<String> names) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(ENGLISH_LEFT, names);
    }

    /** Clicks the language switch in the header and waits for the same page in that language. */
    private void switchTo(String language) {
        var before = driver.getCurrentUrl();
        browser.clickAndLoad(By.cssSelector("#language button[value='" + language + "']"));
        browser.waiting()
                .withMessage(() -> "page in " + language + " after the switch on " + before)
                .until(d -> language.equals(pageLanguage()));
        assertEquals(before, driver.getCurrentUrl(), "the switch returns to the same page");
        assertEquals(
                "true",
                driver.findElement(By.cssSelector("#language button[value='" + language + "']"))
                        .getAttribute("aria-current"));
    }

    @SuppressWarnings("unchecked")
    private void assertAccessible(String page) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        var result = js.executeAsyncScript(AXE_RUN);
        if (result instanceof String failure) {
            throw new AssertionError(failure + " on " + page);
        }
        var report = (Map<String, Object>) result;
        assertTrue(((Number) report.get("passes")).intValue() > 10, "axe checked the page: " + report);
        var serious = new ArrayList<String>();
        for (var violation : (List<Map<String, Object>>) report.get("violations")) {
            var line = violation.get("impact") + " " + violation.get("id") + ": " + violation.get("help") + " "
                    + violation.get("nodes");
            if ("serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact"))) {
                serious.add(line);
            } else {
                minorFindings.add(page + ": " + line);
            }
        }
        assertEquals(List.of(), serious, "serious or critical accessibility violations on " + page);
    }

    private void signIn(String username, String password) {
        driver.get(url("account/login"));
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.clickAndLoad(By.id("login:submit"));
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("header .tm-signed-in"), username));
    }

    private void signOut() {
        browser.clickAndLoad(By.id("signOut:submit"));
    }

    private String pageLanguage() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    private void shot(String name) {
        browser.screenshot(String.format("lang-%02d-%s", ++step, name));
    }

    private static String axeSource() {
        try (var in = LanguageBrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
            assertTrue(in != null, "axe.min.js is vendored under src/test/resources/axe");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
