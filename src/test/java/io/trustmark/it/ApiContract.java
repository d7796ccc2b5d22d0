package io.trustmark.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The API's OpenAPI contract as the build knows it: the checked-in file the test client is generated from, and the
 * linter partners' tools hold it to (Redocly CLI, run through npm's npx, pinned; {@code redocly.yaml} names the rules).
 */
final class ApiContract {

    /** The contract Payara serves and openapi-generator reads (pom.xml), relative to the project. */
    static final String FILE = "src/main/resources/META-INF/openapi.yaml";

    private static final String REDOCLY = "@redocly/cli@1.34.20";
    private static final Path RULES = Path.of("src/test/resources/redocly.yaml");

    record Lint(int exitCode, String output) {}

    private ApiContract() {}

    /**
     * Lints {@code document} with Redocly; skips the calling test, saying so, where npm is not installed (.ci/run
     * installs it). npx fetches the pinned CLI from the npm registry once and keeps it in npm's cache.
     */
    static Lint lint(String document) throws IOException, InterruptedException {
        assumeTrue(
                npxAvailable(),
                "npx (Debian package npm) is not installed: the Redocly lint of /openapi is skipped; .ci/run installs it");
        var file = Path.of("target", "openapi", "served.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, document, StandardCharsets.UTF_8);
        var lint = new ProcessBuilder(
                        List.of("npx", "--yes", REDOCLY, "lint", file.toString(), "--config", RULES.toString()))
                .redirectErrorStream(true);
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        lint.environment().put("NO_COLOR", "1");
        lint.environment().put("npm_config_update_notifier", "false");
        var process = lint.start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Redocly did not finish in 10 minutes:\n" + output);
        }
        return new Lint(process.exitValue(), output);
    }

    private static boolean npxAvailable() {
        try {
            var version = new ProcessBuilder("npx", "--version")
                    .redirectErrorStream(true)
                    .start();
            version.getInputStream().readAllBytes();
            return version.waitFor(1, TimeUnit.MINUTES) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
