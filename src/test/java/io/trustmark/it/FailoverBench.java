package io.trustmark.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The failover benchmark (bench/failover.sh): two nodes behind HAProxy ({@code config/cluster.sh}), 64 signed-in
 * virtual users browsing, replying in threads, uploading a card photo in the wizard and now and then signing up a
 * friend (which writes a mail) for 60 s; node 1 is killed with SIGKILL at 20 s and started again at 40 s.
 * <p>
 * An action failed when it got no answer, a 5xx, or a page other than the one asked for. A session is lost when a
 * signed-in user's page no longer shows them signed in (they sign in again and go on). Mails go to a GreenMail
 * server in this JVM; a duplicate is a second mail with the same outbox id ({@code X-Trustmark-Mail-Id}).
 * Its last line: {@code N user actions, N failed, N sessions lost, N duplicate mails}.
 */
public final class FailoverBench {

    static final int USERS = Integer.getInteger("failover.users", 64);
    static final int SECONDS = Integer.getInteger("failover.seconds", 60);
    static final int KILL_AT = Integer.getInteger("failover.kill-at", 20);
    static final int RESTART_AT = Integer.getInteger("failover.restart-at", 40);
    static final URI PROXY = URI.create(System.getProperty("failover.proxy", "http://127.0.0.1:8190/"));
    static final Path CLUSTER_SCRIPT = Path.of("config", "cluster.sh");

    static final AtomicInteger ACTIONS = new AtomicInteger();
    static final AtomicInteger FAILED = new AtomicInteger();
    static final AtomicInteger LOST = new AtomicInteger();
    static final AtomicLongArray PER_SECOND = new AtomicLongArray(600);
    static final AtomicLongArray FAILED_PER_SECOND = new AtomicLongArray(600);
    /** Actions under way now, and at the moment node 1 was killed (what the goal compares the failures with). */
    static final java.util.concurrent.atomic.AtomicInteger IN_FLIGHT = new java.util.concurrent.atomic.AtomicInteger();

    static volatile int inFlightAtKill = -1;
    static final ConcurrentLinkedQueue<String> MAILED = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<String> FAILURES = new ConcurrentLinkedQueue<>();
    static volatile long start;
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        // The nodes were started by bench/failover.sh with this SMTP port (GreenMail, started here).
        System.setProperty("trustmark.it.smtp.port", System.getProperty("failover.smtp-port"));
        new TestServers().launcherSessionOpened(null);

        System.out.println("signing up and in " + USERS + " users ...");
        var pool = Executors.newFixedThreadPool(16);
        var futures = new ArrayList<java.util.concurrent.Future<User>>();
        for (int i = 0; i < USERS; i++) {
            futures.add(pool.submit(FailoverBench::newUser));
        }
        var users = new ArrayList<User>();
        for (var future : futures) {
            users.add(future.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();
        System.out.println(users.size() + " users signed in, each with the wizard open at the photos step");

        var workers = Executors.newFixedThreadPool(USERS);
        start = System.nanoTime();
        for (var user : users) {
            workers.submit(() -> user.run());
        }
        var killer = Executors.newSingleThreadScheduledExecutor();
        killer.schedule(() -> cluster("kill", "1"), KILL_AT, TimeUnit.SECONDS);
        killer.schedule(() -> cluster("start", "1"), RESTART_AT, TimeUnit.SECONDS);
        Thread.sleep(SECONDS * 1000L);
        running = false;
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        killer.shutdown();

        // Every mail written during the run has had time to go; a duplicate would have come by now.
        Thread.sleep(15_000);
        int mails = 0;
        int duplicates = 0;
        for (var email : MAILED) {
            var ids = new ArrayList<String>();
            for (var mail : TestServers.mailsTo(email, 99, Duration.ofMillis(200))) {
                var header = mail.getHeader("X-Trustmark-Mail-Id");
                ids.add(header == null ? "?" : header[0]);
            }
            mails += ids.size();
            duplicates += ids.size() - new HashSet<>(ids).size();
        }
        System.out.println("per second (actions completed): " + perSecond(PER_SECOND));
        System.out.println("per second (actions failed): " + perSecond(FAILED_PER_SECOND));
        System.out.println("actions under way when node 1 was killed (both nodes): " + inFlightAtKill);
        System.out.printf(
                "throughput median per second: before the kill %d, node 1 down %d, after its restart %d%n",
                median(0, KILL_AT), median(KILL_AT, RESTART_AT), median(RESTART_AT, SECONDS));
        System.out.println(mails + " mails received for " + MAILED.size() + " sign-ups during the run");
        FAILURES.stream().limit(15).forEach(f -> System.out.println("failed: " + f));
        // Every kind of failure once, with how often: what failed and why, without the time.
        FAILURES.stream()
                .map(f -> f.replaceFirst(" at [0-9.]+ s:", ":"))
                .collect(java.util.stream.Collectors.groupingBy(
                        f -> f, java.util.TreeMap::new, java.util.stream.Collectors.counting()))
                .forEach((kind, count) -> System.out.println("failed " + count + " x " + kind));
        new TestServers().launcherSessionClosed(null);
        System.out.printf(
                "%d user actions, %d failed, %d sessions lost, %d duplicate mails%n",
                ACTIONS.get(), FAILED.get(), LOST.get(), duplicates);
        System.exit(0);
    }

    static User newUser() {
        var member = TestData.newMember("fo");
        var browser = PageKit.confirmedMember(PROXY, member);
        var user = new User(member, browser);
        user.openWizard();
        return user;
    }

    /** One virtual user: their browser (cookies), and the wizard page they hold at the photos step. */
    static final class User {
        final TestData.Member member;
        final WebClient browser;
        Wizard wizard;

        User(TestData.Member member, WebClient browser) {
            this.member = member;
            this.browser = browser;
        }

        void openWizard() {
            wizard = new Wizard(browser)
                    .consent()
                    .tier("CITIZEN", "ID_CARD_FRONT")
                    .next(Wizard.card(member.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14"));
        }

        void run() {
            var random = ThreadLocalRandom.current();
            while (running) {
                int roll = random.nextInt(100);
                String what = roll < 55 ? "browse" : roll < 75 ? "reply" : roll < 95 ? "upload" : "sign-up";
                IN_FLIGHT.incrementAndGet();
                try {
                    boolean ok = switch (what) {
                        case "browse" -> browse();
                        case "reply" -> reply();
                        case "upload" -> upload();
                        default -> signUpAFriend();
                    };
                    if (!ok) {
                        fail(what, "unexpected page");
                    }
                } catch (RuntimeException | Error e) {
                    fail(what, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
                } finally {
                    IN_FLIGHT.decrementAndGet();
                }
                ACTIONS.incrementAndGet();
                int second = (int) ((System.nanoTime() - start) / 1_000_000_000L);
                if (second < PER_SECOND.length()) {
                    PER_SECOND.incrementAndGet(second);
                }
                sleepQuietly(random.nextInt(200, 600));
            }
        }

        boolean browse() {
            var page = browser.get("forum/general");
            return signedIn(page) && page.status() == 200;
        }

        boolean reply() {
            var board = browser.get("forum/general");
            if (!signedIn(board)) {
                return false;
            }
            var link = java.util.regex.Pattern.compile("href=\"/?(forum/t/\\d+[^\"]*)\"")
                    .matcher(board.body());
            if (!link.find()) {
                return false;
            }
            var thread = browser.get(link.group(1));
            var replied =
                    browser.submit(thread, "reply", Map.of("body", "Still for sale? " + member.username()), "send");
            return signedIn(replied) && replied.status() < 400;
        }

        boolean upload() {
            Optional<String> message =
                    wizard.upload("ID_CARD_FRONT", "card.jpg", "image/jpeg", TestData.cardJpeg(member.idNumber()));
            if (message.equals(Optional.of("Received. This is the photo the admin will see."))) {
                return true;
            }
            // The wizard's page no longer answers: was the session lost?
            if (!signedIn(browser.get("forum/general"))) {
                return false;
            }
            openWizard();
            throw new IllegalStateException("the upload answered " + message.orElse("nothing beside the field"));
        }

        boolean signUpAFriend() {
            var friend = TestData.newMember("fofriend");
            var page = PageKit.signUp(new WebClient(PROXY), PageKit.thaiSignUp(friend));
            if (page.status() >= 400) {
                return false;
            }
            MAILED.add(friend.email());
            return true;
        }

        /** Whether the page shows this user signed in; if not, the session was lost: counted, signed in again. */
        private boolean signedIn(WebClient.Page page) {
            if (page.status() >= 500) {
                return false;
            }
            if (page.body().contains(">" + member.username() + "<")) {
                return true;
            }
            LOST.incrementAndGet();
            FAILURES.add("session lost for " + member.username() + " at " + page.uri() + " (" + page.status() + ")");
            browser.login(member.username(), TestData.PASSWORD);
            openWizard();
            return false;
        }
    }

    static void fail(String what, String why) {
        FAILED.incrementAndGet();
        int second = (int) ((System.nanoTime() - start) / 1_000_000_000L);
        if (second < FAILED_PER_SECOND.length()) {
            FAILED_PER_SECOND.incrementAndGet(second);
        }
        FAILURES.add(
                String.format("%s at %.1f s: %s", what, (System.nanoTime() - start) / 1e9, why == null ? "" : why));
    }

    static void cluster(String command, String node) {
        if ("kill".equals(command)) {
            inFlightAtKill = IN_FLIGHT.get();
        }
        try {
            System.out.printf("%.1f s: config/cluster.sh %s %s%n", (System.nanoTime() - start) / 1e9, command, node);
            new ProcessBuilder("bash", CLUSTER_SCRIPT.toString(), command, node)
                    .inheritIO()
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String perSecond(AtomicLongArray perSecond) {
        var counts = new ArrayList<Long>();
        for (int i = 0; i < SECONDS; i++) {
            counts.add(perSecond.get(i));
        }
        return counts.toString();
    }

    static long median(int from, int to) {
        var counts = new ArrayList<Long>();
        for (int i = from; i < to; i++) {
            counts.add(PER_SECOND.get(i));
        }
        counts.sort(null);
        return counts.isEmpty() ? 0 : counts.get(counts.size() / 2);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, Math.min(newline, 200));
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
