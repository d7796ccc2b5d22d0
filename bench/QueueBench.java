import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;

/**
 * Review queue benchmark: a real PostgreSQL (embedded) with 100,000 open requests, the packaged WAR on
 * Payara Micro against it, and the time the server takes for the first queue page and for filtered pages
 * (median of repeated runs, measured on localhost after a warm-up). Run with bench/queue-bench.sh.
 */
public class QueueBench {

    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    static final int RUNS = Integer.getInteger("bench.runs", 21);
    static final int WARM_UP = Integer.getInteger("bench.warm-up", 30);
    static final int PORT = Integer.getInteger("bench.port", 8182);
    static final int PG_PORT = Integer.getInteger("bench.pg-port", 55482);

    public static void main(String[] args) throws Exception {
        var dataDir = Path.of(System.getProperty("bench.dir", "/tmp/trustmark-queue-bench"));
        Files.createDirectories(dataDir);
        try (var pg = EmbeddedPostgres.builder().setPort(PG_PORT).setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false).start()) {
            var ds = pg.getPostgresDatabase();
            Flyway.configure().dataSource(ds).locations("filesystem:sql").load().migrate();
            try (var db = ds.getConnection()) {
                seed(db);
                explain(db);
            }
            var payara = startPayara(dataDir);
            try {
                measure();
            } finally {
                payara.destroy();
                payara.waitFor();
            }
        }
    }

    /** 100,000 members with one open request each, spread over three days; a few per cent carry failed checks. */
    static void seed(Connection db) throws Exception {
        try (var st = db.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM verification_request WHERE status = 'SUBMITTED'");
            rs.next();
            if (rs.getLong(1) >= REQUESTS) {
                System.out.println("Seed present: " + rs.getLong(1) + " open requests");
                return;
            }
            var t0 = System.nanoTime();
            db.setAutoCommit(false);
            // Ids far above anything the sequence hands out during the run.
            st.execute("""
                    INSERT INTO account (id, username, email, password_hash, nationality, id_number, role, tier,
                                         email_confirmed_at, created_at, version)
                    SELECT 10000000 + g, 'bench' || g, 'bench' || g || '@bench.test', 'x', 'THA',
                           '1' || lpad(g::text, 12, '0'), 'MEMBER', 'REGISTERED', now(), now(), 0
                    FROM generate_series(1, %d) g""".formatted(REQUESTS));
            st.execute("""
                    INSERT INTO consent (id, account_id, purpose, notice_version, given_at)
                    SELECT 20000000 + g, 10000000 + g, 'IDENTITY_VERIFICATION', '2026-11', now()
                    FROM generate_series(1, %d) g""".formatted(REQUESTS));
            st.execute("""
                    INSERT INTO verification_request (id, account_id, requested_tier, status, typed_number, consent_id,
                                                      submitted_at, open_account_id, version)
                    SELECT 30000000 + g, 10000000 + g, CASE WHEN g %% 5 = 0 THEN 'TRUSTED' ELSE 'CITIZEN' END, 'SUBMITTED',
                           '1' || lpad(g::text, 12, '0'), 20000000 + g, now() - (g * interval '2.6 seconds'), 10000000 + g, 0
                    FROM generate_series(1, %d) g""".formatted(REQUESTS));
            // Two checks per request; NUMBER_MATCH fails for 2 %, IMAGE_REUSE needs review for 1 % (all Trusted ones).
            st.execute("""
                    INSERT INTO request_check (id, request_id, code, outcome, checked_at)
                    SELECT 40000000 + g, 30000000 + g, 'NUMBER_MATCH', CASE WHEN g %% 50 = 7 THEN 'FAIL' ELSE 'PASS' END, now()
                    FROM generate_series(1, %d) g""".formatted(REQUESTS));
            st.execute("""
                    INSERT INTO request_check (id, request_id, code, outcome, checked_at)
                    SELECT 50000000 + g, 30000000 + g, 'IMAGE_REUSE', CASE WHEN g %% 100 = 5 THEN 'NEEDS_REVIEW' ELSE 'PASS' END, now()
                    FROM generate_series(1, %d) g""".formatted(REQUESTS));
            db.commit();
            db.setAutoCommit(true);
            // What autovacuum does on a live database: statistics and the visibility map (index-only scans).
            st.execute("VACUUM ANALYZE");
            System.out.printf("Seeded %,d open requests in %.1f s%n", REQUESTS, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** The plans PostgreSQL chooses, for the record. */
    static void explain(Connection db) throws Exception {
        var page = """
                SELECT r.id, a.username, r.requested_tier, r.status, r.submitted_at, h.username, c.expires_at
                FROM verification_request r JOIN account a ON a.id = r.account_id
                LEFT JOIN review_claim c ON c.request_id = r.id AND c.expires_at > now()
                LEFT JOIN account h ON h.id = c.admin_id
                WHERE r.status = 'SUBMITTED' %s
                ORDER BY r.submitted_at ASC, r.id ASC LIMIT 50 OFFSET 0""";
        var flagged = "AND EXISTS (SELECT 1 FROM request_check k WHERE k.request_id = r.id "
                + "AND k.outcome IN ('FAIL', 'NEEDS_REVIEW') AND k.code IN ('CHECKSUM', 'MRZ', 'NUMBER_MATCH'))";
        for (var sql : List.of(page.formatted(""), page.formatted(flagged),
                "SELECT COUNT(*) FROM verification_request r WHERE r.status = 'SUBMITTED'",
                "SELECT COUNT(*) FROM verification_request r WHERE r.status = 'SUBMITTED' " + flagged,
                "SELECT status, count(*) FROM verification_request GROUP BY status")) {
            try (var st = db.createStatement(); var rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS OFF) " + sql)) {
                var plan = new ArrayList<String>();
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
                System.out.println("\n" + sql.lines().map(String::strip).collect(Collectors.joining(" ")));
                System.out.println("  " + plan.get(plan.size() - 1));
            }
        }
    }

    static Process startPayara(Path dataDir) throws Exception {
        var command = List.of("java", "-Xmx768m", "-Dtrustmark.demo=true", "-Dtrustmark.data.dir=" + dataDir.resolve("app"),
                "-Dtrustmark.session.cookie-secure=false",
                "-jar", "target/payara-micro.jar", "--deploy", "target/trustmark.war", "--contextroot", "/",
                "--nocluster", "--port", String.valueOf(PORT));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("payara.log").toFile());
        builder.environment().put("TRUSTMARK_DB_URL", "jdbc:postgresql://127.0.0.1:" + PG_PORT + "/postgres");
        builder.environment().put("TRUSTMARK_DB_USER", "postgres");
        builder.environment().put("TRUSTMARK_DB_PASSWORD", "postgres");
        builder.environment().put("TRUSTMARK_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource");
        var process = builder.start();
        var http = HttpClient.newHttpClient();
        var deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(base() + "account/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        process.destroy();
        throw new IllegalStateException("Payara did not start; see " + dataDir.resolve("payara.log"));
    }

    static void measure() throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(http);
        var pages = new LinkedHashMap<String, String>();
        pages.put("first page (open requests, oldest first)", "admin/index");
        pages.put("filtered: number mismatch", "admin/index?flag=NUMBER_MISMATCH");
        pages.put("filtered: Trusted, waiting over 24 h, reused image", "admin/index?tier=TRUSTED&age=24&flag=IMAGE_REUSED");
        pages.put("filtered: held by me", "admin/index?mine=true");
        System.out.println("\n| page | server time (median) | server CPU (median) | round trip (median) | rows |");
        System.out.println("|---|---|---|---|---|");
        for (var entry : pages.entrySet()) {
            var times = new ArrayList<Double>();
            var server = new ArrayList<Double>();
            var cpu = new ArrayList<Double>();
            String body = "";
            for (int i = 0; i < RUNS + WARM_UP; i++) {
                var t0 = System.nanoTime();
                var response = http.send(HttpRequest.newBuilder(URI.create(base() + entry.getValue())).build(),
                        HttpResponse.BodyHandlers.ofString());
                var ms = (System.nanoTime() - t0) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(entry.getValue() + " -> " + response.statusCode());
                }
                body = response.body();
                if (i >= WARM_UP) {
                    times.add(ms);
                    var timing = response.headers().firstValue("Server-Timing").orElseThrow();
                    var durations = Pattern.compile("dur=([0-9.]+)").matcher(timing);
                    durations.find();
                    server.add(Double.parseDouble(durations.group(1)));
                    durations.find();
                    cpu.add(Double.parseDouble(durations.group(1)));
                }
            }
            var total = Pattern.compile("/ ([0-9,]+)</span>").matcher(body);
            System.out.printf("| %s | %.1f ms | %.1f ms | %.1f ms | %s |%n", entry.getKey(), median(server), median(cpu),
                    median(times), total.find() ? total.group(1) : "?");
        }
    }

    static double median(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static void signIn(HttpClient http) throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create(base() + "account/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        var form = Map.of("login", "login", "login:username", "admin", "login:password", "Review-Queue-2026",
                "login:submit", "", "jakarta.faces.ViewState", viewState.group(1));
        var body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        http.send(HttpRequest.newBuilder(URI.create(base() + "account/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        var queue = http.send(HttpRequest.newBuilder(URI.create(base() + "admin/index")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (queue.statusCode() != 200 || !queue.body().contains("tm-queue")) {
            throw new IllegalStateException("sign-in failed: " + queue.statusCode());
        }
    }

    static String base() {
        return "http://127.0.0.1:" + PORT + "/";
    }
}
