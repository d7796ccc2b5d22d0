package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Steps many tests share: a confirmed member, and one with a request waiting for review. */
public final class Members {

    private Members() {
    }

    /** Signs up through the pages, confirms through the mailed link, and signs in. */
    public static WebClient confirmed(URI base, TestData.Member member) {
        var browser = new WebClient(base);
        var done = browser.submit(browser.get("account/signup"), "signup", Map.of(
                "username", member.username(),
                "email", member.email(),
                "password", TestData.PASSWORD,
                "nationality", "true",
                "idNumber", member.idNumber()), "submit");
        assertTrue(done.contains("We sent a confirmation link"), done.body());
        var link = TestServers.linkInMail(member.email(), "Confirm", Duration.ofSeconds(30)).orElseThrow();
        var uri = URI.create(link);
        browser.get(uri.getPath().substring(1) + "?" + uri.getRawQuery());
        browser.login(member.username(), TestData.PASSWORD);
        return browser;
    }

    /** A confirmed member who sent their ID card; returns the request id from the admin queue. */
    public static String submittedRequest(URI base, TestData.Member member) {
        var browser = confirmed(base, member);
        var submitted = browser.submitMultipart(browser.get("member/verify"), "verify",
                Map.of("consent", "on", "number", member.idNumber()),
                "image", "card.jpg", "image/jpeg", TestData.cardJpeg(member.idNumber()), "submit");
        assertTrue(submitted.contains("Waiting for review"), submitted.body());
        var admin = new WebClient(base);
        admin.login("admin", "Review-Queue-2026");
        return CitizenJourneyIT.requestIdFor(admin.get("admin/index").body(), member.username());
    }
}
