package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin clears three requests in a real browser: opens each from the queue, starts its review (the
 * button claims it; opening does not), turns and zooms the card in the viewer, and approves the first,
 * sends the second back with a listed reason and refuses the third; no script is blocked by the policy. Screenshots of every step land in target/screenshots (review-NN-…).
 */
@EnabledIf(value = "io.trustmark.it.Browser#available", disabledReason = Browser.NOT_INSTALLED)
class ReviewWorkbenchBrowserIT extends DeployedApp {

    private Browser browser;
    private WebDriver driver;

    @Test
    void adminClearsThreeRequests() throws Exception {
        assumeTrue(Browser.available(), Browser.NOT_INSTALLED);
        var applicants = new ArrayList<ReviewKit.Applicant>();
        for (var prefix : List.of("approveme", "fixme", "refuseme")) {
            applicants.add(ReviewKit.applicant(base.toURI(), prefix));
        }
        try (var chromium = new Browser("review-")) {
            browser = chromium;
            driver = chromium.driver();
            try {
                clear(applicants);
            } catch (Throwable failure) {
                chromium.shot("failure");
                chromium.pageSource("review-99-failure");
                throw failure;
            }
        }
        var admin = ReviewKit.admin(base.toURI());
        assertEquals(
                "Approved",
                ReviewKit.status(ReviewKit.review(admin, applicants.get(0).requestId())));
        assertEquals(
                "Sent back to be fixed",
                ReviewKit.status(ReviewKit.review(admin, applicants.get(1).requestId())));
        assertEquals(
                "Rejected",
                ReviewKit.status(ReviewKit.review(admin, applicants.get(2).requestId())));
    }

    private void clear(List<ReviewKit.Applicant> applicants) {
        driver.get(url("account/login"));
        browser.type(By.id("login:username"), PageKit.ADMIN);
        browser.type(By.id("login:password"), PageKit.ADMIN_PASSWORD);
        browser.clickAndLoad(By.id("login:submit"));
        browser.clickAndLoad(By.linkText("Review queue"));
        browser.waitForHeading("Review queue");
        for (var applicant : applicants) {
            assertTrue(
                    !driver.findElements(rowOf(applicant)).isEmpty(),
                    applicant.member().username() + " in the queue");
        }
        browser.shot("queue");

        // 1: approve, after turning and zooming the card.
        open(applicants.get(0));
        var figure = driver.findElement(By.cssSelector("figure.tm-document"));
        figure.findElement(By.cssSelector("[data-viewer='rotate-right']")).click();
        figure.findElement(By.cssSelector("[data-viewer='zoom-in']")).click();
        assertEquals("90", figure.getAttribute("data-rotation"), "turned a quarter");
        assertTrue(
                figure.findElement(By.tagName("img")).getAttribute("style").contains("rotate(90deg)"),
                "the view turns");
        browser.shot("viewer-rotated");
        figure.findElement(By.cssSelector("[data-viewer='reset']")).click();
        browser.type(By.id("approve:note"), "Card and number clearly readable.");
        browser.shot("approve-filled");
        browser.clickAndLoad(By.id("approve:submit"));
        browser.waitForMessage(applicants.get(0).member().username() + " is now verified");
        browser.shot("approved");

        // 2: send back, with a reason from the list and the reviewer's own words.
        open(applicants.get(1));
        new Select(driver.findElement(By.id("resubmit:reasonCode"))).selectByValue("BLURRED");
        browser.type(By.id("resubmit:reason"), "The number is hard to read at the right edge.");
        browser.scrollTo(driver.findElement(By.id("resubmit:submit")));
        browser.shot("resubmit-filled");
        browser.clickAndLoad(By.id("resubmit:submit"));
        browser.waitForMessage("Sent back: " + applicants.get(1).member().username() + " will be told what to fix.");
        browser.shot("sent-back");

        // 3: refuse for good.
        open(applicants.get(2));
        new Select(driver.findElement(By.id("reject:reasonCode"))).selectByValue("NOT_OWN_CARD");
        browser.type(By.id("reject:note"), "Name on the card differs from the account.");
        browser.scrollTo(driver.findElement(By.id("reject:submit")));
        browser.shot("reject-filled");
        browser.clickAndLoad(By.id("reject:submit"));
        browser.waitForMessage("Rejected: " + applicants.get(2).member().username() + " will be told why.");
        for (var applicant : applicants) {
            assertTrue(
                    driver.findElements(rowOf(applicant)).isEmpty(),
                    applicant.member().username() + " left the queue");
        }
        browser.shot("queue-cleared");

        // The trail of what was done.
        browser.clickAndLoad(By.linkText("Audit trail"));
        browser.waitForHeading("Audit trail");
        assertEquals(
                "page",
                driver.findElement(By.cssSelector("nav.tm-admin-nav a[href*='/admin/audit']"))
                        .getAttribute("aria-current"),
                "the admin navigation marks the page shown");
        assertEquals(
                "false",
                driver.findElement(By.cssSelector("nav.tm-admin-nav a[href*='/admin/index']"))
                        .getAttribute("aria-current"));
        // The page shows each action in words; the stored name is kept in data-action.
        var actions = driver.findElements(By.cssSelector(".tm-audit-action")).stream()
                .map(e -> e.getAttribute("data-action"))
                .toList();
        assertTrue(
                actions.containsAll(List.of(
                        "REQUEST_APPROVED",
                        "REQUEST_RESUBMIT",
                        "REQUEST_REJECTED",
                        "REQUEST_CLAIMED",
                        "DOCUMENT_VIEWED")),
                actions.toString());
        browser.shot("audit");
        assertEquals(List.of(), browser.cspViolations(), "no script of the workbench blocked by the policy");
    }

    private void open(ReviewKit.Applicant applicant) {
        var link = driver.findElement(rowOf(applicant)).findElement(By.cssSelector("a.tm-review-link"));
        browser.clickAndLoad(link);
        browser.waitForText(By.id("member"), applicant.member().username());
        browser.waitForImage(driver.findElement(By.cssSelector("img.tm-document-image")));
        assertTrue(driver.findElement(By.id("claimFree")).isDisplayed(), "opening the request claims nothing");
        assertTrue(driver.findElements(By.id("approve:submit")).isEmpty(), "no decision before the review starts");
        browser.clickAndLoad(By.id("claimIt:submit"));
        browser.waitForText(By.id("member"), applicant.member().username());
        assertTrue(driver.findElement(By.id("claimMine")).isDisplayed(), "Start review claimed it");
        browser.shot("review-" + applicant.member().username().replaceAll("[0-9a-z]{5}\\d+$", ""));
    }

    private static By rowOf(ReviewKit.Applicant applicant) {
        return By.xpath("//tr[td[normalize-space()='" + applicant.member().username() + "']]");
    }
}
