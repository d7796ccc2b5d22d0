package io.trustmark.it;

import static io.trustmark.it.ApiKit.PARTNER;
import static io.trustmark.it.ApiKit.assertProblem;
import static io.trustmark.it.ApiKit.header;
import static io.trustmark.it.ApiKit.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.trustmark.it.client.ApiClient;
import io.trustmark.it.client.ApiException;
import io.trustmark.it.client.JSON;
import io.trustmark.it.client.api.MembersApi;
import io.trustmark.it.client.model.Member;
import io.trustmark.it.client.model.Problem;
import io.trustmark.it.client.model.Tier;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API as another forum uses it: which facts it gives and which it never gives, the caching
 * headers and revalidation, the batch look-up and its bounds, the rate limit, CORS, errors as problem
 * documents, and the OpenAPI contract: served as checked in, clean for Redocly's linter, and good for a generated
 * client. Every test but the rate-limit one calls with the partner key, so that spending the anonymous
 * budget of 127.0.0.1 there cannot disturb them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberApiIT {

    /** At the root context, as in production: the /openapi partners fetch is the one inside the application. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.atRoot();
    }

    @ArquillianResource
    URL base;

    private static final Set<String> MEMBER_FIELDS = Set.of("username", "tier", "citizenBadge", "trustedMark");

    private WebClient client;

    @BeforeEach
    void client() throws Exception {
        client = new WebClient(base.toURI());
    }

    private HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        var all = new HashMap<>(PARTNER);
        all.putAll(headers);
        return client.exchange("GET", path, all);
    }

    // ---- what the API tells, and what it never tells -----------------------------------------

    @Test
    void aMemberIsDescribedByTierAndBadgesOnly() {
        var member = TestData.newMember("apifacts");
        PageKit.confirmedMember(client.base(), member);

        var response = get("api/v1/members/" + member.username());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", header(response, "Content-Type"));
        var body = json(response);
        assertEquals(MEMBER_FIELDS, body.keySet(), "exactly the public facts");
        assertEquals(member.username(), body.getString("username"));
        assertEquals("REGISTERED", body.getString("tier"));
        assertFalse(body.getBoolean("citizenBadge"));
        assertFalse(body.getBoolean("trustedMark"));
        for (var secret : List.of(member.idNumber(), member.email(), "THA", "MEMBER", "pbkdf2", "@")) {
            assertFalse(response.body().contains(secret), "never in an answer: " + secret + "\n" + response.body());
        }
        assertNull(header(response, "Set-Cookie"), "the API keeps no session");
    }

    @Test
    void theCitizenShowsTheGreenCAndUsernamesAreFoundInAnyCase() {
        var response = get("api/v1/members/MaLee");

        assertEquals(200, response.statusCode(), response.body());
        var body = json(response);
        assertEquals("malee", body.getString("username"));
        assertEquals("CITIZEN", body.getString("tier"));
        assertTrue(body.getBoolean("citizenBadge"));
        assertFalse(body.getBoolean("trustedMark"));
        assertEquals(
                header(get("api/v1/members/malee"), "ETag"),
                header(response, "ETag"),
                "one member, one representation");
    }

    @Test
    void unknownAndUnconfirmedMembersLookTheSame() {
        var unconfirmed = TestData.newMember("apiunconfirmed");
        PageKit.signedUp(client.base(), unconfirmed);

        var notConfirmed = get("api/v1/members/" + unconfirmed.username());
        var nobody = get("api/v1/members/nobody-" + unconfirmed.username());
        var tooLong = get("api/v1/members/" + "x".repeat(200));

        for (var response : List.of(notConfirmed, nobody, tooLong)) {
            var problem = assertProblem(response, 404);
            assertEquals("No member with this username", problem.getString("detail"));
        }
        assertEquals(nobody.body(), notConfirmed.body(), "the API is no oracle for sign-ups that cannot post");
        assertEquals("public, max-age=60", header(nobody, "Cache-Control"), "one Cache-Control, the public one");
        assertEquals(1, nobody.headers().allValues("Cache-Control").size());
    }

    /**
     * PDPA s.33 (issue 18): an erased account's row stays as a tombstone named {@code ~<id>} with its tier, for the
     * forum's records; the API answers for it exactly as for a name nobody took, so a partner cannot tell that an
     * account was there, nor what it was.
     */
    @Test
    void anErasedAccountIsAsUnknownAsANameNobodyTook() {
        var member = TestData.newMember("apierased");
        var browser = PageKit.confirmedMember(client.base(), member);
        assertEquals(200, get("api/v1/members/" + member.username()).statusCode(), "found while it exists");
        var tombstone = "~" + PageKit.accountId(browser);

        PageKit.eraseAccount(browser);

        var erased = get("api/v1/members/" + tombstone);
        var nobody = get("api/v1/members/~999999999");
        for (var response : List.of(erased, nobody, get("api/v1/members/" + member.username()))) {
            assertEquals(
                    "No member with this username", assertProblem(response, 404).getString("detail"));
        }
        assertEquals(nobody.body(), erased.body(), "the same answer as for nobody");
        assertEquals(header(nobody, "Cache-Control"), header(erased, "Cache-Control"));
        assertFalse(erased.body().contains("REGISTERED"), erased.body());

        var batch = json(get("api/v1/members?username=" + tombstone + "&username=malee"));
        assertEquals(
                List.of("malee"),
                batch.getJsonArray("members").stream()
                        .map(m -> m.asJsonObject().getString("username"))
                        .toList());
        assertEquals(List.of(tombstone), batch.getJsonArray("notFound").getValuesAs(JsonString::getString));
    }

    @Test
    void anApprovalAndARevocationShowAtOnceWithANewETag() throws Exception {
        var applicant = ReviewKit.applicant(client.base(), "apitier");
        var username = applicant.member().username();
        var before = get("api/v1/members/" + username);
        assertFalse(json(before).getBoolean("citizenBadge"));

        var admin = ReviewKit.admin(client.base());
        ReviewKit.approve(admin, ReviewKit.review(admin, applicant.requestId()));

        var citizen = get("api/v1/members/" + username, Map.of("If-None-Match", header(before, "ETag")));
        assertEquals(200, citizen.statusCode(), "the old ETag no longer matches");
        assertEquals("CITIZEN", json(citizen).getString("tier"));
        assertTrue(json(citizen).getBoolean("citizenBadge"));
        assertNotEquals(header(before, "ETag"), header(citizen, "ETag"));

        ReviewKit.lowerToRegistered(admin, username);

        var revoked = get("api/v1/members/" + username, Map.of("If-None-Match", header(citizen, "ETag")));
        assertEquals(200, revoked.statusCode(), "revocation is no 304 either");
        assertEquals("REGISTERED", json(revoked).getString("tier"));
        assertFalse(json(revoked).getBoolean("citizenBadge"), "the C goes with the revocation");
    }

    /**
     * Issue 12.4: guests get board pages kept rendered, and a kept page must not outlive a badge. The page is kept
     * (the second answer is the same page under the same ETag, no cookie), then the admin lowers its author:
     * the next guest gets the board without the C at once, and a browser revalidating its copy gets it too.
     */
    @Test
    void aRevocationTakesTheBadgeOffAKeptBoardPageAtOnce() throws Exception {
        var applicant = ReviewKit.applicant(client.base(), "keptboard");
        var username = applicant.member().username();
        var admin = ReviewKit.admin(client.base());
        ReviewKit.approve(admin, ReviewKit.review(admin, applicant.requestId()));
        var thread = applicant
                .browser()
                .submit(
                        applicant.browser().get("member/new-thread?b=general"),
                        "thread",
                        Map.of("title", "Kept page " + username, "body", "Hello"),
                        "submit");
        assertEquals(200, thread.status(), thread.body());

        var guest = new WebClient(client.base());
        var first = guest.get("forum/general");
        var kept = guest.get("forum/general");
        assertTrue(CitizenJourneyIT.badgeBefore(kept.body(), username), kept.body());
        assertNotNull(kept.header("ETag"), "a guest's board page carries an ETag");
        assertEquals(first.header("ETag"), kept.header("ETag"), "the same kept page");
        assertNull(kept.header("Set-Cookie"), "guests stay without a session");
        var revalidated = guest.exchange("GET", "forum/general", Map.of("If-None-Match", kept.header("ETag")));
        assertEquals(304, revalidated.statusCode(), "unchanged: 304");

        ReviewKit.lowerToRegistered(admin, username);

        var after = guest.get("forum/general");
        assertTrue(after.contains("Kept page " + username), after.body());
        assertFalse(CitizenJourneyIT.badgeBefore(after.body(), username), "the C went with the revocation");
        assertNotEquals(kept.header("ETag"), after.header("ETag"));
        var stale = guest.exchange("GET", "forum/general", Map.of("If-None-Match", kept.header("ETag")));
        assertEquals(200, stale.statusCode(), "a browser's copy with the C is no longer confirmed");
        assertFalse(CitizenJourneyIT.badgeBefore(stale.body(), username));
    }

    // ---- caching -------------------------------------------------------------------------------

    @Test
    void answersCarryAStrongETagAndMayBeCachedPublicly() {
        var first = get("api/v1/members/malee");
        var etag = header(first, "ETag");

        assertNotNull(etag);
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), "strong, quoted: " + etag);
        assertEquals("public, max-age=60", header(first, "Cache-Control"));
        assertEquals(etag, header(get("api/v1/members/malee"), "ETag"), "the same facts, the same tag");
        assertNotEquals(etag, header(get("api/v1/members/somchai"), "ETag"));
    }

    @Test
    void aRevalidationWithTheCurrentETagIsA304WithoutBody() {
        var etag = header(get("api/v1/members/malee"), "ETag");

        var unchanged = get("api/v1/members/malee", Map.of("If-None-Match", etag));
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());
        assertEquals(etag, header(unchanged, "ETag"));
        assertEquals("public, max-age=60", header(unchanged, "Cache-Control"));

        var listed = get("api/v1/members/malee", Map.of("If-None-Match", "\"stale\", " + etag));
        assertEquals(304, listed.statusCode(), "any tag of the list may match");

        var stale = get("api/v1/members/malee", Map.of("If-None-Match", "\"stale\""));
        assertEquals(200, stale.statusCode());
        assertEquals("malee", json(stale).getString("username"));
    }

    // ---- batch ---------------------------------------------------------------------------------

    @Test
    void aBatchAnswersForAThreadPageOfAuthorsInTheOrderAsked() {
        var response = get("api/v1/members?username=somchai&username=MALEE&username=ghost-of-nobody&username=malee");

        assertEquals(200, response.statusCode(), response.body());
        var body = json(response);
        assertEquals(Set.of("members", "notFound"), body.keySet());
        var members = body.getJsonArray("members");
        assertEquals(
                List.of("somchai", "malee"),
                members.stream()
                        .map(m -> m.asJsonObject().getString("username"))
                        .toList(),
                "asked order, each once");
        members.forEach(m -> assertEquals(MEMBER_FIELDS, m.asJsonObject().keySet()));
        assertEquals(List.of("ghost-of-nobody"), body.getJsonArray("notFound").getValuesAs(JsonString::getString));
        assertEquals("public, max-age=60", header(response, "Cache-Control"));

        var again = get(
                "api/v1/members?username=somchai&username=MALEE&username=ghost-of-nobody&username=malee",
                Map.of("If-None-Match", header(response, "ETag")));
        assertEquals(304, again.statusCode());
    }

    @Test
    void aBatchNeedsAtLeastOneAndAtMostFiftyUsernames() {
        assertProblem(get("api/v1/members"), 400);
        assertProblem(get("api/v1/members?username=&username=%20"), 400);

        var fifty = IntStream.range(0, 50).mapToObj(i -> "username=n" + i).collect(Collectors.joining("&"));
        assertEquals(200, get("api/v1/members?" + fifty).statusCode());
        var problem = assertProblem(get("api/v1/members?" + fifty + "&username=one-more"), 400);
        assertEquals("At most 50 usernames per request", problem.getString("detail"));
        assertEquals("no-store", header(get("api/v1/members"), "Cache-Control"));
    }

    // ---- clients, limits and the browser ------------------------------------------------------

    @Test
    void anonymousClientsAreLimitedPerAddressWithRetryAfter() {
        int allowed = 0;
        HttpResponse<String> refused = null;
        long started = System.nanoTime();
        for (int i = 0; i < 100 && refused == null; i++) {
            var response = client.exchange("GET", "api/v1/members/malee", Map.of());
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(200, response.statusCode(), response.body());
                allowed++;
            }
        }

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertNotNull(refused, "no 429 after 100 requests");
        // 60 at once, plus the one token a second the bucket earns back meanwhile.
        assertTrue(allowed >= 60 && allowed <= 61 + seconds, allowed + " allowed in " + seconds + " s");
        assertProblem(refused, 429);
        var retryAfter = Integer.parseInt(header(refused, "Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("no-store", header(refused, "Cache-Control"));
        assertEquals("*", header(refused, "Access-Control-Allow-Origin"), "a page may read the 429 too");
        assertEquals(200, get("api/v1/members/malee").statusCode(), "a key has its own budget");
        assertTrue(
                ApiKit.metric(client.get("/metrics").body(), "trustmark_api_rate_limited_total", "client=\"address\"")
                                .orElse(0)
                        >= 1,
                "the refusal is counted");
    }

    @Test
    void anUnknownKeyIsRefusedInsteadOfTreatedAsAnonymous() {
        var response = client.exchange("GET", "api/v1/members/malee", Map.of("X-Api-Key", "guessed-key"));

        assertEquals("Unknown API key", assertProblem(response, 401).getString("detail"));
    }

    @Test
    void pagesOfOtherForumsMayReadTheApiWithoutCredentials() {
        var response = get("api/v1/members/malee", Map.of("Origin", "https://other-forum.example"));
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertNull(header(response, "Access-Control-Allow-Credentials"));
        assertTrue(header(response, "Access-Control-Expose-Headers").contains("ETag"));

        var preflight = client.exchange(
                "OPTIONS",
                "api/v1/members/malee",
                Map.of(
                        "Origin", "https://other-forum.example",
                        "Access-Control-Request-Method", "GET",
                        "Access-Control-Request-Headers", "if-none-match"));
        assertEquals(204, preflight.statusCode());
        assertEquals("GET", header(preflight, "Access-Control-Allow-Methods"));
        assertEquals("If-None-Match", header(preflight, "Access-Control-Allow-Headers"), "no API key from pages");
    }

    @Test
    void everyErrorOfTheApiIsAProblemDocumentNeverAnHtmlPage() {
        assertProblem(get("api/v1/nothing-here"), 404);
        assertProblem(get("api"), 404);
        var post = client.exchange("POST", "api/v1/members/malee", PARTNER);
        assertProblem(post, 405);
        assertTrue(header(post, "Allow").contains("GET"));
        assertProblem(get("api/v1/members/malee", Map.of("Accept", "application/yaml")), 406);
        assertProblem(get("api/v1/members?username=", Map.of()), 400);
        assertProblem(client.exchange("GET", "api/v1/members/malee", Map.of("X-Api-Key", "not-a-key")), 401);
        // No username holds a NUL; PostgreSQL refused the query with an error (a 500) instead of finding nobody.
        var nul = get("api/v1/members?username=mal%00ee&username=malee");
        assertEquals(200, nul.statusCode(), nul.body());
        assertEquals(1, json(nul).getJsonArray("notFound").size());
        var yamlOnly = client.exchange("GET", "/openapi", Map.of("Accept", "image/png"));
        assertTrue(assertProblem(yamlOnly, 406).getString("detail").contains("application/yaml"), yamlOnly.body());
    }

    // ---- the contract: /openapi ------------------------------------------------------------------

    @Test
    void theOpenApiDocumentDescribesTheApiAndOnlyPublicFields() {
        var yaml = client.get("/openapi");
        assertEquals(200, yaml.status());
        assertTrue(yaml.contains("/members/{username}:") && yaml.contains("/members:"), yaml.body());
        assertTrue(yaml.contains("url: /api/v1"), "relative, so right for every installation");

        var document = json(client.exchange("GET", "/openapi", Map.of("Accept", "application/json")));
        var member =
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Member");
        assertEquals(MEMBER_FIELDS, member.getJsonObject("properties").keySet());
        assertTrue(document.getJsonObject("paths")
                .getJsonObject("/members/{username}")
                .getJsonObject("get")
                .getJsonObject("responses")
                .containsKey("304"));
        assertFalse(yaml.contains("/member/") || yaml.contains("xhtml"), "the Faces pages are no API");
        assertFalse(yaml.contains("idNumber") || yaml.contains("email"), "no personal field in any schema");
    }

    @Test
    void theServedDocumentIsTheCheckedInContractTheClientIsGeneratedFrom() throws Exception {
        var served = client.exchange("GET", "/openapi", Map.of("Accept", "application/json"));
        assertEquals(200, served.statusCode(), served.body());

        var contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of(ApiContract.FILE).toFile());
        assertEquals(contract, new ObjectMapper().readTree(served.body()), "Payara serves the contract as written");
        assertFalse(served.body().contains("\"endpoints\""), "no property OpenAPI does not define");
    }

    @Test
    void theDocumentIsServedAsYamlToClientsThatAskForIt() {
        for (var accept : List.of("application/yaml", "application/x-yaml, text/plain;q=0.5", "text/yaml")) {
            var response = client.exchange("GET", "/openapi", Map.of("Accept", accept));
            assertEquals(200, response.statusCode(), accept + "\n" + response.body());
            assertEquals("application/yaml", header(response, "Content-Type"), accept);
            assertTrue(response.body().startsWith("---\nopenapi: 3.0.3")
                    || response.body().startsWith("openapi: 3.0.3"));
        }
        var plain = client.exchange("GET", "/openapi", Map.of("Accept", "text/plain"));
        assertEquals("text/plain", header(plain, "Content-Type"), "Payara's own YAML label stays as it was");
        var json = client.exchange("GET", "/openapi", Map.of("Accept", "application/json, application/yaml"));
        assertEquals("application/json", header(json, "Content-Type"));
    }

    @Test
    void theServedDocumentPassesRedoclysRecommendedRules() throws Exception {
        var served = client.exchange("GET", "/openapi", Map.of("Accept", "application/yaml"));
        assertEquals(200, served.statusCode(), served.body());

        var lint = ApiContract.lint(served.body());

        assertEquals(0, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains("Your API description is valid"), lint.output());
    }

    @Test
    void aClientGeneratedFromTheContractReadsTheRunningApi() throws Exception {
        var partner = new ApiClient();
        partner.updateBaseUri(client.base().resolve("api/v1").toString());
        partner.setRequestInterceptor(request -> request.header("X-Api-Key", ApiKit.PARTNER_KEY));
        var api = new MembersApi(partner);

        var malee = api.getMemberWithHttpInfo("MaLee", null);
        assertEquals(200, malee.getStatusCode());
        assertEquals("malee", malee.getData().getUsername());
        assertEquals(Tier.CITIZEN, malee.getData().getTier());
        assertTrue(malee.getData().getCitizenBadge());
        assertFalse(malee.getData().getTrustedMark());

        var batch = api.getMembers(List.of("somchai", "nobody-at-all"), null);
        assertEquals(
                List.of("somchai"),
                batch.getMembers().stream().map(Member::getUsername).toList());
        assertEquals(Tier.REGISTERED, batch.getMembers().get(0).getTier());
        assertEquals(List.of("nobody-at-all"), batch.getNotFound());

        var unknown = assertThrows(ApiException.class, () -> api.getMember("nobody-at-all", null));
        assertEquals(404, unknown.getCode());
        var problem = new JSON().getMapper().readValue(unknown.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus());
        assertEquals("No member with this username", problem.getDetail());
    }
}
