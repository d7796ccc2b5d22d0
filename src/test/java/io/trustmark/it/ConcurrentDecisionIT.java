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

/**
 * Admins deciding the same requests at the same moment: each request is decided exactly once, whatever
 * the mix of decisions, sessions and take-overs, and everyone else is told why their decision did not stand.
 */
class ConcurrentDecisionIT extends DeployedApp {

    private static final List<String> DECIDED =
            List.of("is now verified", "will be told why", "will be told what to fix");
    private static final List<String> TOLD =
            List.of("already decided", "was changed while you were looking", "holds this request");

    @Test
    void secondAdminIsToldWhoDecidedFirst() throws Exception {
        var applicant = ReviewKit.applicant(base.toURI(), "race");
        var requestId = applicant.requestId();

        var first = ReviewKit.admin(base.toURI());
        var second = ReviewKit.admin2(base.toURI());
        var firstView = ReviewKit.review(first, requestId);
        var secondView = second.submit(ReviewKit.review(second, requestId), "takeOver", Map.of(), "submit");
        assertTrue(secondView.contains("You hold this request now."), secondView.body());

        var approved = second.submit(secondView, "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), approved.body());
        var late = first.submit(firstView, "reject", Map.of("reason", "Blurred"), "submit");
        assertTrue(late.contains("This request was already decided by admin2"), late.body());
        assertEquals("Approved", ReviewKit.status(late), "the page shows the decision that stands");
        assertEquals(1, decisionMails(applicant.member()));
    }

    @Test
    void manySimultaneousDecisionsOnSeveralRequestsDecideEachOnce() throws Exception {
        var applicants = new ArrayList<ReviewKit.Applicant>();
        for (int i = 0; i < 3; i++) {
            applicants.add(ReviewKit.applicant(base.toURI(), "swarm"));
        }
        // Per request: three sessions of admin (the first claims it) decide straight away, three of admin2
        // take it over and then decide; all eighteen run at once.
        var tasks = new ArrayList<Callable<WebClient.Page>>();
        var requestOfTask = new ArrayList<String>();
        for (var applicant : applicants) {
            var id = applicant.requestId();
            for (int i = 0; i < 6; i++) {
                var admin = i < 3 ? ReviewKit.admin(base.toURI()) : ReviewKit.admin2(base.toURI());
                var view = ReviewKit.review(admin, id);
                var decision = switch (i % 3) {
                    case 0 -> "approve";
                    case 1 -> "resubmit";
                    default -> "reject";
                };
                Map<String, String> fields =
                        decision.equals("approve") ? Map.of() : Map.of("reason", "Number unreadable");
                boolean takeOverFirst = i >= 3;
                tasks.add(() -> {
                    var page = takeOverFirst ? admin.submit(view, "takeOver", Map.of(), "submit") : view;
                    return PageKit.hasForm(page, decision) ? admin.submit(page, decision, fields, "submit") : page;
                });
                requestOfTask.add(id);
            }
        }
        var pool = Executors.newFixedThreadPool(tasks.size());
        List<Future<WebClient.Page>> results;
        try {
            results = pool.invokeAll(tasks);
        } finally {
            pool.shutdown();
        }
        var admin = ReviewKit.admin(base.toURI());
        for (var applicant : applicants) {
            var id = applicant.requestId();
            int decided = 0;
            int told = 0;
            for (int t = 0; t < results.size(); t++) {
                if (!requestOfTask.get(t).equals(id)) {
                    continue;
                }
                var page = results.get(t).get();
                assertEquals(200, page.status(), page.uri() + "\n" + page.body());
                var text = PageKit.text(page);
                if (DECIDED.stream().anyMatch(text::contains)) {
                    decided++;
                } else if (TOLD.stream().anyMatch(text::contains) || !PageKit.hasForm(page, "approve")) {
                    told++;
                }
            }
            assertEquals(1, decided, "exactly one decision stands for request " + id);
            assertEquals(5, told, "every other admin is told, request " + id);
            var status = ReviewKit.status(ReviewKit.review(admin, id));
            assertTrue(List.of("Approved", "Rejected", "Sent back to be fixed").contains(status), id + ": " + status);
            assertEquals(1, decisionMails(applicant.member()), "the member hears once, request " + id);
            var decisions = ReviewKit.audit(admin, "REQUEST", id).stream()
                    .filter(a -> a.endsWith("REQUEST_APPROVED")
                            || a.endsWith("REQUEST_REJECTED")
                            || a.endsWith("REQUEST_RESUBMIT"))
                    .toList();
            assertEquals(1, decisions.size(), "one decision in the audit trail: " + decisions);
        }
    }

    private static long decisionMails(TestData.Member member) throws InterruptedException {
        // The mail leaves after the commit, from the outbox: wait for the first one however busy the machine is,
        // then give a second (wrong) one the time to arrive before counting.
        var deadline = System.nanoTime() + ReviewKit.MAIL_WAIT.toNanos();
        while (countDecisionMails(member) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Thread.sleep(3000);
        return countDecisionMails(member);
    }

    private static long countDecisionMails(TestData.Member member) {
        return TestServers.mailsTo(member.email(), 1, Duration.ZERO).stream()
                .map(ReviewKit::subject)
                .filter(s -> s.contains("verified")
                        || s.contains("refused")
                        || s.contains("send your verification request again"))
                .count();
    }
}
