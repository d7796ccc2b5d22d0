package io.trustmark.it;

import static io.trustmark.it.PageKit.ADMIN;
import static io.trustmark.it.PageKit.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Both ways to the Trusted tier in Chromium, through the wizard as a member uses it: Registered &rarr;
 * Trusted with the ID card, face and passbook (two admins approve; the member gets the C and the Trusted
 * mark), and Citizen &rarr; Trusted with only the face and the passbook. Screenshots in
 * target/screenshots/trusted-*.png and citizen-trusted-*.png.
 */
@EnabledIf(value = "io.trustmark.it.Browser#available", disabledReason = Browser.NOT_INSTALLED)
class TrustedJourneyBrowserIT extends DeployedApp {

    @Test
    void registeredMemberBecomesTrusted() throws Exception {
        var member = TestData.newMember("brtrust");
        PageKit.confirmedMember(base.toURI(), member);
        var files = files(member);
        try (var browser = new Browser("trusted-")) {
            try {
                var driver = browser.driver();
                driver.get(base.toURI().resolve("forum/index").toString());
                browser.signIn(member.username(), TestData.PASSWORD);
                browser.clickAndLoad(browser.header().findElement(By.linkText("Verify your identity")));
                browser.shot("consent");
                driver.findElement(By.id("verify:consent")).click();
                next(browser);
                driver.findElement(By.cssSelector("label[for='verify:target:1']"))
                        .click();
                driver.findElement(By.cssSelector("label[for='verify:document:0']"))
                        .click();
                browser.shot("tier");
                next(browser);
                cardDetails(browser, PageKit.spaced(member.idNumber()));
                passbook(browser, "นาย สมชาย ใจดี");
                browser.shot("details");
                next(browser);
                upload(browser, "idCard", files.get(0));
                if (FacePhotos.fetched()) {
                    // The face aid at a phone's width: two faces are refused at once, in words; then the selfie.
                    var desk = driver.manage().window().getSize();
                    driver.manage().window().setSize(new Dimension(390, 900));
                    driver.findElement(By.id("verify:face_input"))
                            .sendKeys(files.get(3).toAbsolutePath().toString());
                    browser.waitForText(By.id("verify:faceResult"), "We see two or more faces in this photo");
                    browser.scrollTo(driver.findElement(By.id("verify:faceBox")));
                    browser.shot("face-two-faces-390");
                    upload(browser, "face", files.get(1));
                    browser.scrollTo(driver.findElement(By.id("verify:faceBox")));
                    browser.shot("face-taken-390");
                    driver.manage().window().setSize(desk);
                } else {
                    upload(browser, "face", files.get(1));
                }
                upload(browser, "passbook", files.get(2));
                browser.shot("photos");
                next(browser);
                browser.waitForText(By.id("summary"), "Trusted");
                browser.shot("summary");
                browser.awaitReading();
                browser.clickAndLoad(driver.findElement(By.id("verify:submit")));
                browser.waitForText(By.id("requestStatus"), "Waiting for review");
                browser.shot("submitted");
                browser.signOut();

                browser.signIn(ADMIN, ADMIN_PASSWORD);
                browser.clickAndLoad(browser.header().findElement(By.linkText("Review queue")));
                browser.clickAndLoad(driver.findElement(By.xpath("//tr[td[normalize-space()='" + member.username()
                        + "']]//a[contains(@class,'tm-review-link')]")));
                browser.waitForText(By.id("member"), member.username());
                var images = driver.findElements(By.cssSelector("img.tm-document-image"));
                assertEquals(3, images.size(), "card, face and passbook");
                images.forEach(browser::waitForImage);
                assertTrue(driver.findElement(By.id("check-PASSBOOK_NAME"))
                        .getAttribute("class")
                        .contains("tm-check-PASS"));
                assertTrue(driver.findElement(By.id("check-FACE"))
                        .getAttribute("class")
                        .contains("tm-check-NEEDS_REVIEW"));
                if (FacePhotos.fetched()) {
                    // The comparison runs on a worker after the uploads: the band and the two crops, as an aid.
                    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
                        if (d.findElements(By.id("faceBand")).isEmpty()) {
                            d.navigate().refresh();
                            return false;
                        }
                        return true;
                    });
                    assertEquals(
                            "Very likely the same person",
                            driver.findElement(By.id("faceBand")).getText());
                    driver.findElements(By.cssSelector(".tm-face-pair img")).forEach(browser::waitForImage);
                    assertEquals(
                            2,
                            driver.findElements(By.cssSelector(".tm-face-pair img"))
                                    .size(),
                            "two crops");
                    var desk = driver.manage().window().getSize();
                    driver.manage().window().setSize(new Dimension(390, 900));
                    browser.scrollTo(driver.findElement(By.id("faceBand")));
                    browser.shot("review-face-390");
                    driver.manage().window().setSize(desk);
                }
                browser.shot("review");
                browser.clickAndLoad(By.id("claimIt:submit")); // Start review: opening the page claims nothing
                browser.clickAndLoad(driver.findElement(By.id("approve:submit")));
                browser.waitForMessage("A second admin must approve");
                browser.shot("first-approval");
                browser.signOut();

                browser.signIn(TrustedJourneyIT.ADMIN2, TrustedJourneyIT.ADMIN2_PASSWORD);
                driver.get(base.toURI().resolve("admin/index").toString());
                browser.clickAndLoad(driver.findElement(By.xpath("//tr[td[normalize-space()='" + member.username()
                        + "']]//a[contains(@class,'tm-review-link')]")));
                browser.waitForText(By.id("fourEyes"), "First approval by admin");
                browser.shot("second-review");
                browser.clickAndLoad(By.id("claimIt:submit")); // Start review: opening the page claims nothing
                browser.clickAndLoad(driver.findElement(By.id("approve:submit")));
                browser.waitForMessage(member.username() + " is now verified");
                browser.signOut();

                browser.signIn(member.username(), TestData.PASSWORD);
                assertMarks(driver, member.username());
                browser.shot("citizen-and-trusted");
            } catch (Throwable failure) {
                browser.shot("failure");
                browser.pageSource("trusted-failure");
                throw failure;
            }
        } finally {
            for (var file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void citizenBecomesTrustedWithFaceAndPassbook() throws Exception {
        var member = TestData.newMember("brcit");
        var requestId = PageKit.submittedRequest(base.toURI(), member);
        var admin = PageKit.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        admin.submit(ReviewKit.review(admin, requestId), "approve", Map.of(), "submit");
        var files = files(member);
        try (var browser = new Browser("citizen-trusted-")) {
            try {
                var driver = browser.driver();
                driver.get(base.toURI().resolve("forum/index").toString());
                browser.signIn(member.username(), TestData.PASSWORD);
                browser.clickAndLoad(browser.header().findElement(By.linkText("Verify your identity")));
                driver.findElement(By.id("verify:consent")).click();
                next(browser);
                assertTrue(
                        driver.findElements(By.id("verify:document")).isEmpty(),
                        "no document to choose: the ID is verified");
                driver.findElement(By.cssSelector("label[for='verify:target:0']"))
                        .click();
                next(browser);
                browser.waitForText(By.id("reusedName"), "สมชาย ใจดี");
                passbook(browser, "SOMCHAI JAIDEE");
                browser.shot("details-reused");
                next(browser);
                assertTrue(driver.findElements(By.id("verify:idCard_input")).isEmpty(), "no card photo asked");
                upload(browser, "face", files.get(1));
                upload(browser, "passbook", files.get(2));
                browser.shot("photos");
                next(browser);
                browser.awaitReading();
                browser.clickAndLoad(driver.findElement(By.id("verify:submit")));
                browser.waitForText(By.id("requestStatus"), "Waiting for review");
                browser.shot("submitted");

                var trustedRequest =
                        PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
                admin.submit(ReviewKit.review(admin, trustedRequest), "approve", Map.of(), "submit");
                var second = PageKit.signedIn(base.toURI(), TrustedJourneyIT.ADMIN2, TrustedJourneyIT.ADMIN2_PASSWORD);
                second.submit(ReviewKit.review(second, trustedRequest), "approve", Map.of(), "submit");

                browser.clickAndLoad(browser.header().findElement(By.linkText("Verify your identity")));
                browser.waitForText(By.id("verified"), "You are Trusted");
                assertMarks(driver, member.username());
                browser.shot("trusted");
            } catch (Throwable failure) {
                browser.shot("failure");
                browser.pageSource("citizen-trusted-failure");
                throw failure;
            }
        } finally {
            for (var file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * At a phone's width (390 px), in Thai: the photo step's button shows its words and is a button with that
     * name for a screen reader, the hand-off box (pointless on the phone itself) is not shown, and no page, the
     * admin's included, is wider than the screen. Screenshots: target/screenshots/phone-*.png.
     */
    @Test
    void atAPhonesWidthInThai() throws Exception {
        var member = TestData.newMember("brphone");
        PageKit.confirmedMember(base.toURI(), member);
        var applicant = TestData.newMember("brphonerq");
        var requestId = PageKit.submittedRequest(base.toURI(), applicant);
        try (var browser = new Browser("phone-")) {
            var driver = browser.driver();
            driver.manage().window().setSize(new Dimension(390, 900));
            try {
                signInDirectly(browser, member.username(), TestData.PASSWORD);
                switchLanguage(browser, "th");
                driver.get(base.toURI().resolve("member/verify").toString());
                driver.findElement(By.id("verify:consent")).click();
                next(browser);
                driver.findElement(By.cssSelector("label[for='verify:target:0']"))
                        .click();
                driver.findElement(By.cssSelector("label[for='verify:document:0']"))
                        .click();
                next(browser);
                cardDetails(browser, PageKit.spaced(member.idNumber()));
                next(browser);
                var choose = browser.waiting()
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("[id='verify:idCardBox'] .ui-fileupload-choose")));
                var words = driver.findElement(By.id("verify:idCard_label"));
                assertTrue(words.isDisplayed(), "the button's words are shown at 390 px");
                assertEquals("เลือกหรือถ่ายรูป", words.getText());
                assertEquals("เลือกหรือถ่ายรูป", choose.getAccessibleName());
                assertEquals("button", choose.getAriaRole());
                assertTrue(
                        driver.findElements(By.cssSelector(".tm-handoff")).stream()
                                .noneMatch(WebElement::isDisplayed),
                        "no hand-off box on the phone");
                assertFitsTheScreen(browser, "photos step");
                browser.shot("photos-th");
                browser.clickAndLoad(By.id("verify:cancel"));

                browser.clickAndLoad(By.id("signOut:submit"));
                signInDirectly(browser, ADMIN, ADMIN_PASSWORD);
                switchLanguage(browser, "th");
                try {
                    for (var page : List.of(
                            "admin/index",
                            "admin/review?id=" + requestId,
                            "admin/member?u=" + applicant.username(),
                            "admin/audit",
                            "admin/reasons",
                            "demo/mailbox")) {
                        driver.get(base.toURI().resolve(page).toString());
                        assertFitsTheScreen(browser, page);
                        browser.shot(page.replaceAll("[^a-z]+", "-") + "-th");
                    }
                    driver.get(base.toURI().resolve("admin/audit").toString());
                    var actions = driver.findElements(By.cssSelector(".tm-audit-action"));
                    assertFalse(actions.isEmpty());
                    for (var action : actions) {
                        assertTrue(
                                action.getText().matches(".*\\p{IsThai}.*"),
                                "an audit action in Thai words: " + action.getText());
                    }
                } finally {
                    // The demo admin is shared with the other tests, which read English.
                    switchLanguage(browser, "en");
                }
            } catch (Throwable failure) {
                browser.shot("failure");
                browser.pageSource("phone-failure");
                throw failure;
            }
        }
    }

    /** No horizontal scrolling of the page itself: what is wide scrolls inside its own region or reflows. */
    private static void assertFitsTheScreen(Browser browser, String page) {
        var js = (JavascriptExecutor) browser.driver();
        var widths = (List<?>) js.executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        var scroll = ((Number) widths.get(0)).intValue();
        var client = ((Number) widths.get(1)).intValue();
        assertTrue(scroll <= client, page + " is " + scroll + " px wide on a " + client + " px screen");
    }

    private void signInDirectly(Browser browser, String username, String password) {
        browser.driver().get(url("account/login"));
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.clickAndLoad(By.id("login:submit"));
        browser.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("header .tm-signed-in"), username));
    }

    private static void switchLanguage(Browser browser, String language) {
        browser.clickAndLoad(By.cssSelector("#language button[value='" + language + "']"));
        browser.waiting()
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    // ---- steps -------------------------------------------------------------------------------

    private static void next(Browser browser) {
        browser.clickAndLoad(browser.driver().findElement(By.id("verify:next")));
    }

    /** The card's step of the wizard, typed as printed on the test card. */
    static void cardDetails(Browser browser, String number) {
        browser.type(By.id("verify:number"), number);
        browser.type(By.id("verify:thaiTitle"), "นาย");
        browser.type(By.id("verify:thaiGiven"), "สมชาย");
        browser.type(By.id("verify:thaiSurname"), "ใจดี");
        browser.type(By.id("verify:englishTitle"), "Mr.");
        browser.type(By.id("verify:englishGiven"), "Somchai");
        browser.type(By.id("verify:englishSurname"), "Jaidee");
        // Typed as the card prints it on its Thai line: Thai digits, Buddhist-era year.
        browser.type(By.id("verify:expiry"), "๑๔ ส.ค. ๒๕๗๔");
    }

    private static void passbook(Browser browser, String accountName) {
        browser.type(By.id("verify:passbookName"), accountName);
        browser.waiting()
                .until(d -> accountName.equals(
                        d.findElement(By.id("verify:passbookName")).getAttribute("value")));
        // Through the widget's own API: a click on its pop-up list races with the page's layout in a busy browser.
        ((JavascriptExecutor) browser.driver())
                .executeScript("PrimeFaces.widgets['widget_verify_passbookBank'].selectValue('KBANK');");
        browser.waitForText(By.id("verify:passbookBank_label"), "Kasikornbank");
    }

    /** Chooses a file; the photo is checked at once and shown back as it will be sent. */
    private static void upload(Browser browser, String uid, Path file) {
        browser.driver()
                .findElement(By.id("verify:" + uid + "_input"))
                .sendKeys(file.toAbsolutePath().toString());
        var preview = browser.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='verify:" + uid + "Result'] img.tm-upload-preview")));
        browser.waitForImage(preview);
    }

    private static void assertMarks(WebDriver driver, String username) {
        var author = driver.findElement(By.cssSelector("header .tm-signed-in .tm-author"));
        assertTrue(author.getText().contains(username));
        assertEquals(1, author.findElements(By.cssSelector(".tm-badge-citizen")).size(), "the green C");
        assertEquals(1, author.findElements(By.cssSelector(".tm-badge-trusted")).size(), "the Trusted mark next to it");
    }

    /** Card, face, passbook and (with the face models) a two-face photo; the card carries the selfie's face then. */
    private static List<Path> files(TestData.Member member) throws Exception {
        var faces = FacePhotos.fetched();
        var card = Files.createTempFile("trustmark-card-", ".jpg");
        Files.write(
                card,
                faces
                        ? FacePhotos.card(member.idNumber(), FacePhotos.frontal())
                        : TestData.cardJpeg(member.idNumber()));
        var face = Files.createTempFile("trustmark-face-", ".jpg");
        Files.write(face, faces ? FacePhotos.selfie() : TestData.faceJpeg());
        var passbook = Files.createTempFile("trustmark-passbook-", ".jpg");
        Files.write(passbook, TestData.passbookJpeg("SOMCHAI JAIDEE"));
        var two = Files.createTempFile("trustmark-two-faces-", ".jpg");
        Files.write(two, faces ? FacePhotos.twoFaces() : TestData.faceJpeg());
        return List.of(card, face, passbook, two);
    }
}
