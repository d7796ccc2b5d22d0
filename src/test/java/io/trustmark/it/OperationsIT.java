package io.trustmark.it;

import static io.trustmark.it.ApiKit.awaitMetric;
import static io.trustmark.it.ApiKit.json;
import static io.trustmark.it.ApiKit.metric;
import static io.trustmark.it.PageKit.ADMIN;
import static io.trustmark.it.PageKit.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The operator's handles: health (liveness, readiness with the database and the mail backlog), metrics
 * that move with what members and admins do, and a log without ID numbers and e-mail addresses. They
 * answer without signing in, as probes and scrapers call them, and not through the login page.
 */
class OperationsIT extends DeployedApp {

    // ---- health --------------------------------------------------------------------------------

    @Test
    void livenessReportsTheMailSender() throws Exception {
        var live = new WebClient(base.toURI()).exchange("GET", "/health/live", Map.of());

        assertEquals(200, live.statusCode(), live.body());
        var body = json(live);
        assertEquals("UP", body.getString("status"));
        assertEquals("UP", check(body, "mail-sender").getString("status"));
    }

    @Test
    void readinessReportsTheDatabaseAndTheMailBacklog() throws Exception {
        var ready = new WebClient(base.toURI()).exchange("GET", "/health/ready", Map.of());

        assertEquals(200, ready.statusCode(), ready.body());
        var body = json(ready);
        assertEquals("UP", body.getString("status"));
        var database = check(body, "database");
        assertEquals("UP", database.getString("status"));
        assertTrue(
                List.of("H2", "PostgreSQL")
                        .contains(database.getJsonObject("data").getString("product")),
                ready.body());
        var mail = check(body, "mail-backlog");
        assertEquals("UP", mail.getString("status"));
        assertEquals("100", mail.getJsonObject("data").get("max").toString().replace("\"", ""));
        assertTrue(mail.getJsonObject("data").containsKey("backlog"), ready.body());
        assertFalse(ready.body().contains("@"), "no addresses, not even the sender's");
    }

    @Test
    void allChecksTogetherAtHealth() throws Exception {
        var all = new WebClient(base.toURI()).exchange("GET", "/health", Map.of());

        assertEquals(200, all.statusCode(), all.body());
        var names = json(all).getJsonArray("checks").stream()
                .map(c -> c.asJsonObject().getString("name"))
                .toList();
        assertTrue(names.containsAll(List.of("mail-sender", "database", "mail-backlog")), all.body());
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    // ---- metrics -------------------------------------------------------------------------------

    @Test
    void metricsNameEveryOperationsFigure() throws Exception {
        var scrape = new WebClient(base.toURI()).getRaw("/metrics");

        assertEquals(200, scrape.statusCode(), "served without signing in, not redirected to the login page");
        var text = new String(scrape.body(), StandardCharsets.UTF_8);
        for (var series : List.of(
                new String[] {"trustmark_requests_pending", null},
                new String[] {"trustmark_requests_oldest_pending_age_seconds", null},
                new String[] {"trustmark_requests_decided", "outcome=\"approved\""},
                new String[] {"trustmark_requests_decided", "outcome=\"rejected\""},
                new String[] {"trustmark_requests_decided", "outcome=\"withdrawn\""},
                new String[] {"trustmark_mail_backlog", null},
                new String[] {"trustmark_intake_refusals_total", "reason=\"not_an_image\""},
                new String[] {"trustmark_intake_refusals_total", "reason=\"too_large\""},
                new String[] {"trustmark_api_rate_limited_total", "client=\"address\""})) {
            assertTrue(
                    metric(text, series[0], series[1]).isPresent(), series[0] + " " + series[1] + " missing:\n" + text);
        }
    }

    @Test
    void queueAndOutcomeFiguresFollowARequestThroughReview() throws Exception {
        var scraper = new WebClient(base.toURI());
        var before = scraper.get("/metrics").body();
        double pending = metric(before, "trustmark_requests_pending", null).orElseThrow();
        double approved = metric(before, "trustmark_requests_decided", "outcome=\"approved\"")
                .orElseThrow();

        var member = TestData.newMember("metrics");
        var requestId = PageKit.submittedRequest(base.toURI(), member);
        awaitMetric(scraper, "trustmark_requests_pending", null, v -> v >= pending + 1);
        awaitMetric(scraper, "trustmark_requests_oldest_pending_age_seconds", null, v -> v >= 1);

        var admin = PageKit.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
        var decided = admin.submit(ReviewKit.review(admin, requestId), "approve", Map.of(), "submit");
        assertTrue(decided.contains("is now verified"), decided.body());
        awaitMetric(scraper, "trustmark_requests_decided", "outcome=\"approved\"", v -> v >= approved + 1);
    }

    @Test
    void intakeRefusalsAreCountedByReason() throws Exception {
        var scraper = new WebClient(base.toURI());
        double before = metric(
                        scraper.get("/metrics").body(), "trustmark_intake_refusals_total", "reason=\"not_an_image\"")
                .orElseThrow();
        var member = TestData.newMember("refusalmetric");
        var browser = PageKit.confirmedMember(base.toURI(), member);

        var wizard = new Wizard(browser)
                .consent()
                .tier("CITIZEN", "ID_CARD_FRONT")
                .next(Wizard.card(member.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14"));

        var refusal = wizard.upload(
                "ID_CARD_FRONT", "card.jpg", "image/jpeg", "not a photo at all".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.of(UploadRefusalIT.NOT_AN_IMAGE), refusal);
        assertEquals(
                before + 1,
                metric(scraper.get("/metrics").body(), "trustmark_intake_refusals_total", "reason=\"not_an_image\"")
                        .orElseThrow(),
                "counted once, when the intake refused");
    }

    // ---- logs ----------------------------------------------------------------------------------

    /**
     * Payara Micro's output reaches this JVM line by line through System.out (the Arquillian container
     * prints it), so everything the server logs during the journey is captured here. Concurrent sign-ups
     * with one ID number make the database refuse the duplicates with a message quoting the number, which
     * the server logs: the one place where the server itself would write an ID number.
     */
    @Test
    void theLogCarriesNoIdNumbersAndNoEmailAddresses() throws Exception {
        var member = TestData.newMember("logjourney");
        var racers = new ArrayList<TestData.Member>();
        var sharedId = TestData.thaiId();
        for (int i = 0; i < 8; i++) {
            var racer = TestData.newMember("lograce");
            racers.add(new TestData.Member(racer.username(), racer.email(), sharedId));
        }

        String log;
        try (var serverLog = ServerLog.start()) {
            var requestId = PageKit.submittedRequest(base.toURI(), member);
            var admin = PageKit.signedIn(base.toURI(), ADMIN, ADMIN_PASSWORD);
            admin.submit(ReviewKit.review(admin, requestId), "approve", Map.of(), "submit");
            TestServers.mailsTo(member.email(), 3, PageKit.MAIL_WAIT);
            new WebClient(base.toURI()).exchange("GET", "api/v1/members/" + member.username(), ApiKit.PARTNER);

            // Every form is loaded first and all are sent at one signal, so that the sign-ups really overlap.
            var pool = Executors.newFixedThreadPool(racers.size());
            var go = new CountDownLatch(1);
            for (var racer : racers) {
                var browser = new WebClient(base.toURI());
                var form = browser.get("account/signup");
                pool.submit(() -> {
                    go.await();
                    return browser.submit(form, "signup", PageKit.thaiSignUp(racer), "submit");
                });
            }
            go.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES));
            Thread.sleep(1_000); // the last lines of the server's output are still on their way
            log = serverLog.text();
        }

        // The names the wizard types from the card (Wizard.citizen) are personal data too.
        var secrets = new ArrayList<>(List.of(member.idNumber(), member.email(), sharedId, "Jaidee", "ใจดี"));
        racers.forEach(r -> secrets.add(r.email()));
        for (var secret : secrets) {
            assertFalse(log.contains(secret), "in the log: " + secret + "\n" + log);
        }
        assertFalse(log.contains(PageKit.spaced(sharedId)));
        assertTrue(log.contains("uq_account_identity"), "the server logged the refused duplicates (the capture works)");
        // The database's message names the keyed fingerprint of the number now, never the number itself (the
        // number is sealed: account.domain's blind index carries the uniqueness), so there is nothing left to mask.
    }
}
