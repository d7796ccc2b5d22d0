package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes on the suite's PostgreSQL, clustered through Payara Micro's Data Grid as {@code config/cluster.sh}
 * starts them (TCP/IP discovery on 127.0.0.1, sessions replicated: the WAR is {@code <distributable/>}). Not an
 * Arquillian test: it starts two plain Payara Micro processes with the packaged WAR itself, as production would.
 * PostgreSQL only (two processes cannot share H2's in-memory database); on H2 it skips itself.
 * <p>
 * The last test kills node 1 with SIGKILL, so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration START_WAIT = Duration.ofMinutes(8);
    private static final int API_LIMIT = 10;
    private static final Path TARGET = Path.of("target");

    private static final List<Process> nodes = new ArrayList<>();
    private static URI node1;
    private static URI node2;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(
                "postgresql".equals(System.getProperty("trustmark.it.database")),
                "two nodes need a database server: PostgreSQL only");
        nodes.clear(); // a rerun of the class starts afresh
        int[] http = {freePort(), freePort()};
        int[] grid = {freePort(), freePort()};
        var members = "127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        var clusterName = "trustmark-it-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            var command = List.of(
                    javaBinary(),
                    "-Xmx384m",
                    "-jar",
                    TARGET.resolve("payara-micro.jar").toString(),
                    "--deploy",
                    TARGET.resolve("trustmark.war").toString(),
                    "--contextroot",
                    "/",
                    "--port",
                    String.valueOf(http[i]),
                    "--name",
                    "node" + (i + 1),
                    "--clustername",
                    clusterName,
                    "--clustermode",
                    "tcpip:" + members,
                    "--startport",
                    String.valueOf(grid[i]),
                    "--interfaces",
                    "127.0.0.1",
                    // Both nodes share 127.0.0.1: host-aware partitioning would keep no backup of a session.
                    "--nohostaware");
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(
                            TARGET.resolve("cluster-it-node" + (i + 1) + ".log").toFile());
            // The suite's settings (database, GreenMail, keys) come with the environment failsafe gives this JVM.
            var env = builder.environment();
            env.put("TRUSTMARK_API_RATE_LIMIT_PER_MINUTE", String.valueOf(API_LIMIT));
            env.put("TRUSTMARK_API_CLIENT_ADDRESS_HEADER", "X-Forwarded-For");
            nodes.add(builder.start());
        }
        node1 = URI.create("http://127.0.0.1:" + http[0] + "/");
        node2 = URI.create("http://127.0.0.1:" + http[1] + "/");
        awaitReady(node1, 1);
        awaitReady(node2, 2);
        awaitGridOfTwo();
    }

    @AfterAll
    static void stopNodes() {
        nodes.forEach(Process::destroyForcibly);
    }

    /** The API's limit is one bucket per client for the whole cluster, not one per node. */
    @Test
    @Order(1)
    void theRateLimitCountsRequestsToBothNodesTogether() throws Exception {
        var http = HttpClient.newHttpClient();
        // A client address of its own (the nodes trust X-Forwarded-For here, as behind the proxy): no other test
        // spends this bucket.
        var client = "198.51.100." + (1 + (int) (Math.random() * 250));
        int allowed = 0;
        int refused = 0;
        long began = System.nanoTime();
        for (int i = 0; i < 2 * API_LIMIT; i++) {
            var node = i % 2 == 0 ? node1 : node2;
            var response = http.send(
                    HttpRequest.newBuilder(node.resolve("api/v1/members/malee"))
                            .header("X-Forwarded-For", client)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                allowed++;
            } else {
                assertEquals(429, response.statusCode(), response.body());
                refused++;
            }
        }
        // The bucket earns one request back every 60 / API_LIMIT seconds; on a loaded machine the calls take that long.
        long earned = (System.nanoTime() - began) / 1_000_000_000L * API_LIMIT / 60 + 1;
        assertTrue(
                allowed >= API_LIMIT && allowed <= API_LIMIT + earned && allowed < 2 * API_LIMIT,
                "one limit for both nodes: " + allowed + " of " + 2 * API_LIMIT + " allowed, at most " + API_LIMIT
                        + " + " + earned + " earned back (with a bucket per node all " + 2 * API_LIMIT + " would be)");
        assertEquals(2 * API_LIMIT - allowed, refused);
    }

    /** Both nodes' senders run every second and after every commit: each mail still goes out once. */
    @Test
    @Order(2)
    void aMailWrittenWhileBothRunIsSentOnce() throws Exception {
        var first = TestData.newMember("clustermail");
        var second = TestData.newMember("clustermail");
        PageKit.signedUp(node1, first);
        PageKit.signedUp(node2, second);
        for (var member : List.of(first, second)) {
            assertEquals(
                    1, TestServers.mailsTo(member.email(), 1, PageKit.MAIL_WAIT).size(), "the mail came");
        }
        // Several runs of both senders later (one a second each), still one each.
        Thread.sleep(5_000);
        for (var member : List.of(first, second)) {
            assertEquals(
                    1,
                    TestServers.mailsTo(member.email(), 2, Duration.ofSeconds(1))
                            .size(),
                    "one confirmation mail to " + member.username());
        }
    }

    /** A guest's kept page on node 2 shows the C; lowering the member on node 1 removes it there at once. */
    @Test
    @Order(3)
    void aRevocationOnNode1RemovesTheBadgeOnNode2AtOnce() throws Exception {
        var applicant = ReviewKit.applicant(node1, "clusterbadge");
        var username = applicant.member().username();
        var admin = ReviewKit.admin(node1);
        var approved = admin.submit(ReviewKit.review(admin, applicant.requestId()), "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), approved.body());

        // The new Citizen replies in a thread through node 2 (with the session node 1 began).
        var guest = new WebClient(node2);
        var board = guest.get("forum/general");
        var link = Pattern.compile("href=\"/?(forum/t/\\d+[^\"]*)\"").matcher(board.body());
        assertTrue(link.find(), board.body());
        var thread = link.group(1);
        var member = applicant.browser();
        var page = member.get(node2.resolve(thread).toString());
        var replied = member.submit(page, "reply", Map.of("body", "Sold, thank you all. " + username), "send");
        assertTrue(replied.status() < 400, replied.body());

        var badge = Pattern.compile("tm-badge-citizen\"[^>]*>C</span><span class=\"tm-author-name\" translate=\"no\">"
                + Pattern.quote(username) + "</span>");
        var before = guest.get(thread).body();
        assertTrue(badge.matcher(before).find(), "node 2 shows the C\n" + before);
        assertTrue(badge.matcher(guest.get(thread).body()).find(), "and keeps showing it (its kept page)");

        ReviewKit.lowerToRegistered(admin, username);

        var after = guest.get(thread).body();
        assertTrue(after.contains(">" + username + "</span>"), "the post is still there\n" + after);
        assertFalse(badge.matcher(after).find(), "node 2 no longer shows the C\n" + after);

        // A change no node made (a hand-run UPDATE, raising the version as every write of a thread does) reaches both
        // nodes' kept pages through PostgreSQL's notification (platform.persistence.ChangeSignals): both show the
        // title.
        var title = "Renamed by hand " + username;
        try (var db = TestServers.postgres();
                var rename =
                        db.prepareStatement("UPDATE forum_thread SET title = ?, version = version + 1 WHERE id = ?")) {
            rename.setString(1, title);
            rename.setLong(2, Long.parseLong(thread.replaceAll("^forum/t/(\\d+).*", "$1")));
            assertEquals(1, rename.executeUpdate());
        }
        for (var node : List.of(node1, node2)) {
            var seen = new WebClient(node);
            // The notification comes after the commit, on its own connection: allowed a moment, not a cache's age.
            var deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            var renamed = seen.get(thread);
            while (!renamed.body().contains(title) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                renamed = seen.get(thread);
            }
            assertTrue(renamed.body().contains(title), node + " shows the new title\n" + renamed.body());
        }
    }

    /**
     * Node 1 is killed while three people are half-way on it, and each goes on on node 2 with their session: a member
     * in the wizard, an admin in a review (started, not yet decided), and a phone that opened a hand-off link.
     */
    @Test
    @Order(4)
    void aWizardAReviewAndAPhoneBegunOnNode1GoOnOnNode2AfterNode1IsKilled() throws Exception {
        var member = TestData.newMember("clustersession");
        var browser = PageKit.confirmedMember(node1, member);
        var wizard = new Wizard(browser).consent();
        assertTrue(
                wizard.page().body().contains("verify:target"),
                "on the tier step\n" + wizard.page().body());

        var applicant = ReviewKit.applicant(node1, "clusterreview");
        var admin = ReviewKit.admin(node1);
        var review = ReviewKit.review(admin, applicant.requestId());
        assertTrue(PageKit.hasForm(review, "approve"), "the review is started on node 1\n" + review.body());

        var handoffMember = TestData.newMember("clusterphone");
        var desk = PageKit.confirmedMember(node1, handoffMember);
        var photos = HandoffIT.photosStep(desk, handoffMember);
        var phone = new WebClient(node1);
        var opened = phone.get(HandoffIT.link(photos.page()));
        assertEquals(200, opened.status(), opened.body());

        var killed = nodes.get(0);
        killed.destroyForcibly(); // SIGKILL
        killed.waitFor();

        wizard.movedTo(node2)
                .tier("CITIZEN", "ID_CARD_FRONT")
                .next(Wizard.card(member.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14"));
        wizard.uploadOk("ID_CARD_FRONT", TestData.cardJpeg(member.idNumber()));
        var sent = wizard.next(Map.of()).submit();
        assertTrue(sent.contains("Waiting for review"), sent.body());
        var forum = browser.get(node2.resolve("forum/").toString());
        PageKit.assertSignedIn(forum, member.username());

        var approved = admin.submit(review.movedTo(node2), "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), "the review goes on on node 2\n" + approved.body());

        var received = phone.submitMultipart(
                opened.movedTo(node2),
                "idCard",
                Map.of(),
                "photo",
                "card.jpg",
                "image/jpeg",
                TestData.cardJpeg(handoffMember.idNumber()),
                "send");
        assertEquals(200, received.status(), received.body());
        assertTrue(
                PageKit.text(received).contains(HandoffIT.RECEIVED), "the phone goes on on node 2\n" + received.body());
        var last = photos.movedTo(node2).next(Map.of()).submit();
        assertTrue(last.contains("Waiting for review"), "the desk sends the phone's photo\n" + last.body());
    }

    private static void awaitReady(URI node, int number) throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = System.nanoTime() + START_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(nodes.get(number - 1).isAlive(), "node " + number + " died: " + log(number));
            try {
                var response = http.send(
                        HttpRequest.newBuilder(node.resolve("health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("node " + number + " not ready in " + START_WAIT + ": " + log(number));
    }

    /** Both nodes see a grid of two: otherwise neither would find the other's sessions. */
    private static void awaitGridOfTwo() throws Exception {
        var deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (fullLog(1).contains("DG Size: 2") && fullLog(2).contains("DG Size: 2")) {
                return;
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the nodes formed no grid of two:\n" + log(1) + "\n" + log(2));
    }

    /** The end of the node's log, for a failure's message. */
    private static String log(int number) {
        var text = fullLog(number);
        return text.length() > 20_000 ? text.substring(text.length() - 20_000) : text;
    }

    private static String fullLog(int number) {
        try {
            return Files.readString(TARGET.resolve("cluster-it-node" + number + ".log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
