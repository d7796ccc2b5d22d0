package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Admins deciding the same request at the same moment: exactly one decision stands, the others are told. */
class ConcurrentDecisionIT extends DeployedApp {



    @Test
    void secondAdminIsToldWhoDecidedFirst() throws Exception {
        var member = TestData.newMember("race");
        var requestId = PageKit.submittedRequest(base.toURI(), member);

        var first = new WebClient(base.toURI());
        first.login("admin", "Review-Queue-2026");
        var second = new WebClient(base.toURI());
        second.login("admin2", "Second-Reviewer-2026");
        var firstView = first.get("admin/review?id=" + requestId);
        var secondView = second.get("admin/review?id=" + requestId);

        var approved = first.submit(firstView, "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), approved.body());
        var late = second.submit(secondView, "reject", Map.of("reason", "Blurred"), "submit");
        assertTrue(late.contains("This request was already decided by admin"), late.body());
        assertTrue(late.body().contains("<dd id=\"status\">Approved</dd>"), "the page shows the decision that stands");
        assertEquals(1, decisionMails(member));
    }

    @Test
    void manySimultaneousDecisionsDecideOnce() throws Exception {
        var member = TestData.newMember("swarm");
        var requestId = PageKit.submittedRequest(base.toURI(), member);

        var tasks = new ArrayList<Callable<WebClient.Page>>();
        for (int i = 0; i < 6; i++) {
            var admin = new WebClient(base.toURI());
            if (i % 2 == 0) {
                admin.login("admin", "Review-Queue-2026");
            } else {
                admin.login("admin2", "Second-Reviewer-2026");
            }
            var view = admin.get("admin/review?id=" + requestId);
            boolean approve = i % 3 != 0;
            tasks.add(() -> approve
                    ? admin.submit(view, "approve", Map.of(), "submit")
                    : admin.submit(view, "reject", Map.of("reason", "Number unreadable"), "submit"));
        }
        var pool = Executors.newFixedThreadPool(tasks.size());
        List<Future<WebClient.Page>> results;
        try {
            results = pool.invokeAll(tasks);
        } finally {
            pool.shutdown();
        }
        int decided = 0;
        int told = 0;
        for (var result : results) {
            var page = result.get();
            assertEquals(200, page.status(), page.uri() + " " + page.response().request().method() + "\n" + page.body());
            if (page.contains("is now verified") || page.contains("will be told why")) {
                decided++;
            } else if (page.contains("already decided") || page.contains("was changed while you were looking")) {
                told++;
            }
        }
        assertEquals(1, decided, "exactly one decision stands");
        assertEquals(tasks.size() - 1, told, "every other admin is told");
        assertEquals(1, decisionMails(member), "the member hears once");
    }

    private static long decisionMails(TestData.Member member) {
        // Give a second (wrong) mail the time to arrive before counting.
        TestServers.mailsTo(member.email(), 4, Duration.ofSeconds(5));
        return TestServers.mailsTo(member.email(), 1, Duration.ofSeconds(1)).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains("verified") || m.getSubject().contains("not approved");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).count();
    }
}
