package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;
import java.util.regex.Pattern;

/** Reading the machine-facing answers: the REST API's JSON, health checks and Prometheus metrics. */
final class ApiKit {

    /** The key failsafe configures (TRUSTMARK_API_KEYS), with its own rate-limit bucket. */
    static final String PARTNER_KEY = "it-partner-forum";

    static final Map<String, String> PARTNER = Map.of("X-Api-Key", PARTNER_KEY);

    private ApiKit() {}

    static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** A problem document (RFC 9457) with this status, never the site's HTML error page. */
    static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", header(response, "Content-Type"), response.body());
        var problem = json(response);
        assertEquals(status, problem.getInt("status"));
        return problem;
    }

    /**
     * The value of one series in Prometheus text, e.g. {@code metric(text, "trustmark_intake_refusals_total",
     * "reason=\"svg\"")}; empty when the series is absent.
     */
    static OptionalDouble metric(String prometheus, String name, String label) {
        var line = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE)
                .matcher(prometheus);
        while (line.find()) {
            if (label == null || line.group(1).contains(label)) {
                return OptionalDouble.of(Double.parseDouble(line.group(2)));
            }
        }
        return OptionalDouble.empty();
    }

    /** Scrapes /metrics until the series satisfies {@code until} (gauges read the database at most every 5 s). */
    static double awaitMetric(WebClient client, String name, String label, DoublePredicate until) {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        double value;
        do {
            value = metric(client.get("/metrics").body(), name, label)
                    .orElseThrow(() -> new AssertionError("no metric " + name + " " + label));
            if (until.test(value)) {
                return value;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError(name + "{" + label + "} stayed at " + value);
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
