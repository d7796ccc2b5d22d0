package io.trustmark.it;

import io.trustmark.operations.localdb.LocalDatabaseAgent;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Crash soak of README's default run (bench/crash-soak.sh): the packaged WAR on Payara Micro with the local
 * PostgreSQL of {@link LocalDatabaseAgent}, exactly as {@code ./mvnw package payara-micro:start} starts it (another
 * port and data folder). Three clients write over HTTP (a member posting threads and replies; applicants signing
 * up, confirming, uploading their card and sending the request; an admin approving), and after a few seconds the
 * server and every PostgreSQL process are killed with SIGKILL, then started again. Every write the server
 * acknowledged (its success page came back) is recorded with a query that must find it; after each restart all of
 * them are checked, and at the end the database is searched for half-stored rows.
 */
public final class CrashSoak {

    static final int RESTARTS = Integer.getInteger("soak.restarts", 30);
    static final int PORT = Integer.getInteger("soak.port", 8102);
    static final Path DATA = Path.of(System.getProperty("soak.dir", "/tmp/trustmark-crash-soak"));
    static final Duration BOOT_LIMIT = Duration.ofMinutes(8);
    /** How long the clients write before the kill, chosen at random in between: long enough for whole sign-ups. */
    static final Duration WRITE_MIN = Duration.ofSeconds(Integer.getInteger("soak.write-min-seconds", 15));

    static final Duration WRITE_MAX = Duration.ofSeconds(Integer.getInteger("soak.write-max-seconds", 45));
    /** JVM options of the server; C1 only by default, as boot time, not peak speed, is what a soak waits for. */
    static final String SERVER_JVM = System.getProperty("soak.server-jvm", "-XX:TieredStopAtLevel=1");

    /** One acknowledged write and the query (answering a count) that finds it. */
    record Write(String what, String sql, String argument) {}

    static final ConcurrentLinkedQueue<Write> ACKNOWLEDGED = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> TO_DECIDE = new ConcurrentLinkedQueue<>();
    static final AtomicInteger UNACKNOWLEDGED = new AtomicInteger();
    static volatile boolean writing;
    static volatile boolean killing;

    public static void main(String[] args) throws Exception {
        LocalDatabaseAgentCheck.requireBuilt();
        LocalDatabaseCleanup.deleteTree(DATA);
        Files.createDirectories(DATA);
        var smtpPort = freePort();
        System.setProperty("trustmark.it.smtp.port", Integer.toString(smtpPort));
        new TestServers().launcherSessionOpened(null);
        var base = URI.create("http://localhost:" + PORT + "/");
        int healthy = 0;
        int lastRound = RESTARTS;
        var budgetEnd = System.nanoTime()
                + Duration.ofMinutes(Integer.getInteger("soak.max-minutes", 600))
                        .toNanos();
        long lostTotal = 0;
        for (int round = 0; round <= lastRound; round++) {
            var server = start(round, smtpPort);
            var t0 = System.nanoTime();
            if (!awaitReady(base)) {
                System.out.printf("round %d: NOT ready within %s (log %s)%n", round, BOOT_LIMIT, log(round));
                kill(server);
                continue;
            }
            var lost = missing();
            if (round > 0) {
                healthy++;
            }
            lostTotal = lost.size();
            System.out.printf(
                    "round %d: ready in %d s, %d writes acknowledged so far, %d missing%s%n",
                    round,
                    Duration.ofNanos(System.nanoTime() - t0).toSeconds(),
                    ACKNOWLEDGED.size(),
                    lost.size(),
                    lost.isEmpty() ? "" : " " + lost);
            System.out.printf(
                    "  so far: %d/%d restarts healthy, %d committed writes acknowledged, %d lost (by kind: %s)%n",
                    healthy, round, ACKNOWLEDGED.size(), lostTotal, byKind());
            if (round == lastRound) {
                var orphans = orphans();
                stop(server);
                System.out.printf(
                        "%d writes answered by no success page (in flight at a kill, or refused)%n",
                        UNACKNOWLEDGED.get());
                System.out.printf(
                        "%d/%d restarts healthy, %d committed writes acknowledged, %d lost, %d orphans%n",
                        healthy, lastRound, ACKNOWLEDGED.size(), lostTotal, orphans);
                System.exit(0);
            }
            var workers = startWriters(base);
            // A cold server answers its first pages slowly: the kill comes a while after the first write of the round.
            var before = ACKNOWLEDGED.size();
            var firstWriteDeadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (ACKNOWLEDGED.size() == before && System.nanoTime() < firstWriteDeadline) {
                Thread.sleep(250);
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(WRITE_MIN.toMillis(), WRITE_MAX.toMillis()));
            killing = true;
            kill(server);
            writing = false;
            killing = false;
            if (System.nanoTime() > budgetEnd && round + 1 < RESTARTS) {
                System.out.printf("time budget (soak.max-minutes) spent: the next start is the last%n");
                lastRound = round + 1;
            }
            for (var worker : workers) {
                worker.join(60_000);
            }
        }
    }

    // ---- the server ---------------------------------------------------------------------------

    static Path log(int round) {
        return DATA.resolve("server-" + round + ".log");
    }

    static Process start(int round, int smtpPort) throws IOException {
        var command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SERVER_JVM,
                "-javaagent:target/trustmark-local-database.jar=target/local-database.classpath",
                "-Dtrustmark.demo=true",
                "-Dtrustmark.data.dir=" + DATA.resolve("data"),
                "-Dtrustmark.session.cookie-secure=false",
                "-jar",
                "target/payara-micro.jar",
                "--deploy",
                "target/trustmark.war",
                "--contextroot",
                "/",
                "--port",
                Integer.toString(PORT),
                "--nocluster",
                "--nohazelcast",
                "--prebootcommandfile",
                "config/payara-preboot.asadmin");
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log(round).toFile());
        var env = builder.environment();
        env.remove("TRUSTMARK_DB_URL");
        env.put("TRUSTMARK_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("TRUSTMARK_MAIL_SMTP_PORT", Integer.toString(smtpPort));
        env.put("TRUSTMARK_MAIL_SENDER_INTERVAL", "1");
        env.put("TRUSTMARK_LOGIN_MAX_FAILURES_PER_ADDRESS", "5000");
        return builder.start();
    }

    static boolean awaitReady(URI base) throws InterruptedException {
        var deadline = System.nanoTime() + BOOT_LIMIT.toNanos();
        var request = HttpRequest.newBuilder(base.resolve("health/ready"))
                .timeout(Duration.ofSeconds(10))
                .build();
        while (System.nanoTime() < deadline) {
            // A fresh HTTP/1.1 client for each try, its answer awaited with a deadline of our own: in one run the
            // JDK client's own request timeout never fired, and the soak waited on a server long ready, for good.
            var http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            var pending = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
            try {
                if (pending.get(15, TimeUnit.SECONDS).statusCode() == 200) {
                    return true;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                // still booting
                pending.cancel(true);
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** SIGKILL to Payara Micro and to every PostgreSQL process of the data folder: nothing gets to clean up. */
    static void kill(Process server) throws IOException, InterruptedException {
        var victims = new ArrayList<ProcessHandle>();
        victims.add(server.toHandle());
        server.toHandle().descendants().forEach(victims::add);
        postmaster().ifPresent(pg -> {
            victims.add(pg);
            pg.descendants().forEach(victims::add);
        });
        victims.forEach(ProcessHandle::destroyForcibly);
        for (var victim : victims) {
            victim.onExit().join();
        }
    }

    /** The last round ends with a clean stop (SIGTERM): Payara's hook stops PostgreSQL. */
    static void stop(Process server) throws InterruptedException, IOException {
        server.destroy();
        server.waitFor();
        var pg = postmaster();
        if (pg.isPresent()) {
            pg.get().onExit().join();
        }
    }

    static java.util.Optional<ProcessHandle> postmaster() throws IOException {
        var pidFile = DATA.resolve("data/postgresql/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return java.util.Optional.empty();
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return java.util.Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(p -> p.info().command().orElse("").endsWith("postgres"));
    }

    // ---- the writers --------------------------------------------------------------------------

    static List<Thread> startWriters(URI base) {
        writing = true;
        var threads = Stream.of(
                        new Thread(() -> loop(() -> poster(base)), "poster"),
                        new Thread(() -> loop(() -> applicant(base)), "applicant"),
                        new Thread(() -> loop(() -> reviewer(base)), "reviewer"))
                .toList();
        threads.forEach(Thread::start);
        return threads;
    }

    interface Step {
        void run() throws Exception;
    }

    static void loop(Step step) {
        while (writing) {
            try {
                step.run();
            } catch (Throwable failed) {
                // Killed mid-request (or refused): not acknowledged, so not expected.
                UNACKNOWLEDGED.incrementAndGet();
                if (writing && !killing) {
                    var message = String.valueOf(failed.getMessage());
                    System.out.println("  " + Thread.currentThread().getName() + " (server up): "
                            + failed.getClass().getSimpleName() + " "
                            + message.substring(0, Math.min(200, message.length())));
                }
                if (writing) {
                    sleep(500);
                }
            }
        }
    }

    /** Malee (Citizen in the demo) starts a thread and replies to it, again and again. */
    static void poster(URI base) {
        var member = PageKit.signedIn(base, PageKit.CITIZEN, PageKit.CITIZEN_PASSWORD);
        while (writing) {
            var title = "Soak thread " + System.nanoTime();
            var started = member.submit(
                    member.get("member/new-thread?b=general"),
                    "thread",
                    Map.of("title", title, "body", "First post of " + title),
                    "submit");
            if (started.status() != 200 || !started.contains(title)) {
                throw new IllegalStateException("thread not shown: " + started.status());
            }
            ACKNOWLEDGED.add(new Write(
                    "thread",
                    "SELECT count(*) FROM forum_thread t JOIN post p ON p.thread_id = t.id WHERE t.title = ?",
                    title));
            for (int i = 0; i < 3 && writing; i++) {
                var text = "Soak reply " + System.nanoTime();
                var replied = member.submit(started, "reply", Map.of("body", text), "send");
                if (replied.status() != 200 || !replied.contains(text)) {
                    throw new IllegalStateException("reply not shown: " + replied.status());
                }
                ACKNOWLEDGED.add(new Write("post", "SELECT count(*) FROM post WHERE body = ?", text));
                started = replied;
            }
        }
    }

    /** A new member: sign-up, confirmation link, sign-in, the card photo uploaded, the request sent. */
    static void applicant(URI base) {
        var member = TestData.newMember("soak");
        var browser = PageKit.signedUp(base, member);
        ACKNOWLEDGED.add(new Write("sign-up", "SELECT count(*) FROM account WHERE username = ?", member.username()));
        var confirmed = browser.get(PageKit.confirmationLink(member.email()));
        if (!PageKit.text(confirmed).contains("Thank you, your e-mail address is confirmed.")) {
            throw new IllegalStateException("not confirmed");
        }
        ACKNOWLEDGED.add(new Write(
                "confirmation",
                "SELECT count(*) FROM account WHERE username = ? AND email_confirmed_at IS NOT NULL",
                member.username()));
        PageKit.assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());
        var wizard = new Wizard(browser)
                .consent()
                .tier("CITIZEN", "ID_CARD_FRONT")
                .next(Wizard.card(member.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14"));
        wizard.uploadOk("ID_CARD_FRONT", TestData.cardJpeg(member.idNumber()));
        ACKNOWLEDGED.add(new Write(
                "upload",
                "SELECT count(*) FROM stored_document d JOIN account a ON a.id = d.owner_id WHERE a.username = ?"
                        + " AND d.ciphertext IS NOT NULL",
                member.username()));
        var sent = wizard.next(Map.of()).submit();
        if (!sent.contains("Waiting for review")) {
            throw new IllegalStateException("request not sent");
        }
        ACKNOWLEDGED.add(new Write(
                "submission",
                "SELECT count(*) FROM verification_request r JOIN account a ON a.id = r.account_id"
                        + " JOIN stored_document d ON d.request_id = r.id WHERE a.username = ?",
                member.username()));
        TO_DECIDE.add(member.username());
    }

    /** The admin approves the oldest sent request not yet decided. */
    static void reviewer(URI base) {
        var username = TO_DECIDE.poll();
        if (username == null) {
            sleep(1000);
            return;
        }
        try {
            var admin = ReviewKit.admin(base);
            var requestId = PageKit.requestIdFor(admin.get("admin/index").body(), username);
            var review = ReviewKit.review(admin, requestId);
            var approved = admin.submit(review, "approve", Map.of(), "submit");
            if (!approved.contains("is now verified")) {
                throw new IllegalStateException("not approved");
            }
            ACKNOWLEDGED.add(new Write(
                    "decision",
                    "SELECT count(*) FROM verification_request r JOIN account a ON a.id = r.account_id"
                            + " WHERE a.username = ? AND r.status = 'APPROVED' AND a.tier = 'CITIZEN'"
                            + " AND EXISTS (SELECT 1 FROM review_decision d WHERE d.request_id = r.id)",
                    username));
        } catch (RuntimeException | AssertionError e) {
            // Killed before the answer: decided or not, try again after the restart (a decided one leaves the queue).
            if (!writing) {
                TO_DECIDE.add(username);
            }
            throw e;
        }
    }

    static Map<String, Long> byKind() {
        return ACKNOWLEDGED.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Write::what, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    // ---- the checks ---------------------------------------------------------------------------

    static java.sql.Connection database() throws Exception {
        var port = Files.readAllLines(DATA.resolve("data/postgresql/postmaster.pid"))
                .get(3)
                .strip();
        var source = new PGSimpleDataSource();
        source.setUrl("jdbc:postgresql://localhost:" + port + "/trustmark");
        source.setUser("trustmark");
        source.setPassword("trustmark");
        return source.getConnection();
    }

    /** The acknowledged writes the database does not have. */
    static List<String> missing() throws Exception {
        var lost = new ArrayList<String>();
        try (var db = database()) {
            for (var write : ACKNOWLEDGED) {
                try (var query = db.prepareStatement(write.sql())) {
                    query.setString(1, write.argument());
                    try (var rows = query.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) == 0) {
                            lost.add(write.what() + ":" + write.argument());
                        }
                    }
                }
            }
        }
        return lost;
    }

    /** Half-stored rows: what one transaction writes together, found in part. */
    static long orphans() throws Exception {
        // Only what the soak wrote: the demo's seeded Citizen has an approved request without documents or decision.
        var checks = Map.of(
                "thread without its first post",
                "SELECT count(*) FROM forum_thread t WHERE t.title LIKE 'Soak thread%'"
                        + " AND NOT EXISTS (SELECT 1 FROM post p WHERE p.thread_id = t.id)",
                "sent request without its documents",
                "SELECT count(*) FROM verification_request r JOIN account a ON a.id = r.account_id"
                        + " WHERE a.username LIKE 'soak%'"
                        + " AND NOT EXISTS (SELECT 1 FROM stored_document d WHERE d.request_id = r.id)",
                "sealed document of a missing or another member's request",
                "SELECT count(*) FROM stored_document d JOIN account o ON o.id = d.owner_id"
                        + " LEFT JOIN verification_request r ON r.id = d.request_id WHERE o.username LIKE 'soak%'"
                        + " AND d.request_id IS NOT NULL AND (r.id IS NULL OR r.account_id <> d.owner_id)",
                "document neither sealed nor purged",
                "SELECT count(*) FROM stored_document d WHERE d.ciphertext IS NULL AND d.purged_at IS NULL",
                "approval without its decision or tier",
                "SELECT count(*) FROM verification_request r JOIN account a ON a.id = r.account_id"
                        + " WHERE a.username LIKE 'soak%' AND r.status = 'APPROVED' AND (a.tier = 'REGISTERED'"
                        + " OR NOT EXISTS (SELECT 1 FROM review_decision d WHERE d.request_id = r.id))");
        long total = 0;
        try (var db = database();
                var statement = db.createStatement()) {
            for (var check : checks.entrySet()) {
                try (var rows = statement.executeQuery(check.getValue())) {
                    rows.next();
                    var count = rows.getLong(1);
                    System.out.println("orphans, " + check.getKey() + ": " + count);
                    total += count;
                }
            }
        }
        return total;
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CrashSoak() {}

    /** The build products the run command uses. */
    static final class LocalDatabaseAgentCheck {
        static void requireBuilt() {
            for (var file : List.of(
                    "target/trustmark.war",
                    "target/payara-micro.jar",
                    "target/trustmark-local-database.jar",
                    "target/local-database.classpath")) {
                if (!Files.exists(Path.of(file))) {
                    throw new IllegalStateException(file + " missing: run bench/crash-soak.sh from the project root");
                }
            }
        }
    }

    static final class LocalDatabaseCleanup {
        static void deleteTree(Path root) throws IOException {
            if (!Files.exists(root)) {
                return;
            }
            try (var paths = Files.walk(root)) {
                for (var path :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
