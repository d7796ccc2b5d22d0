package io.trustmark.membership.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.it.ThaIdStandIn;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relying party against a real OpenID Connect provider in this JVM (the ThaID stand-in): the flow's
 * parameters, and every ID token that must be refused, down to the ones the provider would never issue.
 */
class ThaIdProviderTest {

    private static final String CLIENT = "trustmark-unit";
    private static final String PID = "3100600445635";
    private static final URI HERE = URI.create("https://forum.example/member/thaid");

    private static ThaIdStandIn thaid;
    private static ThaIdProvider provider;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        thaid = new ThaIdStandIn().start(0);
        provider = provider(Optional.of(thaid.issuer()), Optional.of(CLIENT));
    }

    @AfterAll
    static void stop() {
        thaid.shutdown();
    }

    private static ThaIdProvider provider(Optional<String> issuer, Optional<String> clientId) {
        var p = new ThaIdProvider();
        p.issuer = issuer;
        p.clientId = clientId;
        p.clientSecret = Optional.of("secret");
        p.redirectUri = Optional.empty();
        p.scopes = "openid pid name name_en birthdate";
        return p;
    }

    /** What a browser does at the provider: the authorization URL answers with a redirect carrying the code. */
    private static String codeFor(ThaIdProvider.Start start) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(start.authorizationUri()).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, response.statusCode());
        var back = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertTrue(back.toString().startsWith("https://forum.example/member/thaid?"), back.toString());
        assertEquals(start.pending().state(), ThaIdStandIn.parameter(back, "state"));
        return ThaIdStandIn.parameter(back, "code");
    }

    @Test
    void configuredRedirectUriWinsOverTheAddressReached() {
        var configured = provider(Optional.of(thaid.issuer()), Optional.of(CLIENT));
        configured.redirectUri = Optional.of("https://registered.example/member/thaid");
        var start = configured.begin(Instant.now(), HERE);
        assertEquals(
                "https://registered.example/member/thaid",
                ThaIdStandIn.parameter(start.authorizationUri(), "redirect_uri"));
        assertEquals("https://registered.example/member/thaid", start.pending().redirectUri());
    }

    @Test
    void hiddenUntilIssuerAndClientAreSet() {
        assertTrue(provider.configured());
        assertFalse(provider(Optional.empty(), Optional.of(CLIENT)).configured());
        assertFalse(provider(Optional.of(thaid.issuer()), Optional.of(" ")).configured());
    }

    @Test
    void authorizationRequestCarriesPkceStateAndNonce() {
        var start = provider.begin(Instant.now(), HERE);
        var uri = start.authorizationUri();
        assertEquals("code", ThaIdStandIn.parameter(uri, "response_type"));
        assertEquals(CLIENT, ThaIdStandIn.parameter(uri, "client_id"));
        assertEquals("S256", ThaIdStandIn.parameter(uri, "code_challenge_method"));
        assertEquals(start.pending().state(), ThaIdStandIn.parameter(uri, "state"));
        assertEquals(start.pending().nonce(), ThaIdStandIn.parameter(uri, "nonce"));
        assertEquals("https://forum.example/member/thaid", ThaIdStandIn.parameter(uri, "redirect_uri"));
        // The verifier stays here: only its hash travels.
        assertNotEquals(start.pending().codeVerifier(), ThaIdStandIn.parameter(uri, "code_challenge"));
        assertFalse(uri.toString().contains(start.pending().codeVerifier()));
        var again = provider.begin(Instant.now(), HERE);
        assertNotEquals(start.pending().state(), again.pending().state());
        assertNotEquals(start.pending().nonce(), again.pending().nonce());
    }

    @Test
    void validTokenGivesThaIdsClaims() throws Exception {
        var start = provider.begin(Instant.now(), HERE);
        thaid.answerWith(ThaIdStandIn.claims(PID));
        var identity = provider.conclude(start.pending(), codeFor(start));
        assertEquals(PID, identity.pid());
        assertEquals("สมชาย", identity.thaiGiven());
        assertEquals("ใจดี", identity.thaiSurname());
        assertEquals("นาย", identity.thaiTitle());
        assertEquals("Somchai", identity.englishGiven());
        assertEquals("Jaidee", identity.englishSurname());
        assertEquals(LocalDate.of(1990, 8, 14), identity.birthdate());
        assertEquals(0, new BigDecimal("2.3").compareTo(identity.ial()));
    }

    @Test
    void wrongNonceIsRefused() throws Exception {
        var claims = new HashMap<>(ThaIdStandIn.claims(PID));
        claims.put("nonce", "someone-elses-nonce");
        assertRefused(claims, 3600);
    }

    @Test
    void wrongAudienceIsRefused() throws Exception {
        var claims = new HashMap<>(ThaIdStandIn.claims(PID));
        claims.put("aud", List.of("another-forum"));
        assertRefused(claims, 3600);
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        var start = provider.begin(Instant.now(), HERE);
        var code = codeFor(start);
        // An hour ago: well past the validator's minute of clock skew.
        thaid.forgeNext(thaid.signedByProvider(CLIENT, start.pending().nonce(), PID, -3600));
        assertRefused(start, code);
    }

    @Test
    void tokenTheProviderSignsIsAcceptedWhenForwarded() throws Exception {
        // The forged-token path itself lets a good token through: the refusals above are the token's, not the path's.
        var start = provider.begin(Instant.now(), HERE);
        var code = codeFor(start);
        thaid.forgeNext(thaid.signedByProvider(CLIENT, start.pending().nonce(), PID, 600));
        assertEquals(PID, provider.conclude(start.pending(), code).pid());
    }

    @Test
    void wrongIssuerIsRefused() throws Exception {
        var claims = new HashMap<>(ThaIdStandIn.claims(PID));
        claims.put("iss", "https://impostor.example/thaid");
        assertRefused(claims, 3600);
    }

    @Test
    void tokenWithoutPidIsRefused() throws Exception {
        var claims = new HashMap<>(ThaIdStandIn.claims(PID));
        claims.put("pid", "");
        assertRefused(claims, 3600);
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
        var start = provider.begin(Instant.now(), HERE);
        var code = codeFor(start);
        thaid.forgeNext(thaid.signedByAnotherKey(CLIENT, start.pending().nonce(), PID));
        assertRefused(start, code);
    }

    @Test
    void unsignedTokenIsRefused() throws Exception {
        var start = provider.begin(Instant.now(), HERE);
        var code = codeFor(start);
        thaid.forgeNext(thaid.unsigned(CLIENT, start.pending().nonce(), PID));
        assertRefused(start, code);
    }

    @Test
    void hmacOverThePublicKeyIsRefused() throws Exception {
        var start = provider.begin(Instant.now(), HERE);
        var code = codeFor(start);
        thaid.forgeNext(thaid.hmacWithPublicKey(CLIENT, start.pending().nonce(), PID));
        assertRefused(start, code);
    }

    @Test
    void codeWithAnotherVerifierIsRefused() throws Exception {
        var start = provider.begin(Instant.now(), HERE);
        var code = codeFor(start);
        var other = provider.begin(Instant.now(), HERE).pending();
        var mixed = new ThaIdPending(
                start.pending().state(),
                start.pending().nonce(),
                other.codeVerifier(),
                start.pending().redirectUri(),
                Instant.now());
        // The provider checks the verifier against the challenge: a stolen code is useless without it.
        var refused = assertThrows(ThaIdRefusedException.class, () -> provider.conclude(mixed, code));
        assertEquals("thaid.failed", refused.messageKey());
    }

    @Test
    void levelIsReadFromNumbersAndStrings() {
        assertEquals(0, new BigDecimal("2.3").compareTo(ThaIdProvider.decimal(2.3)));
        assertEquals(0, new BigDecimal("3").compareTo(ThaIdProvider.decimal("3")));
        assertEquals(null, ThaIdProvider.decimal("high"));
        assertEquals(null, ThaIdProvider.decimal(null));
    }

    private void assertRefused(Map<String, Object> claims, long seconds) throws Exception {
        var start = provider.begin(Instant.now(), HERE);
        thaid.answerWith(claims, seconds);
        assertRefused(start, codeFor(start));
    }

    private static void assertRefused(ThaIdProvider.Start start, String code) {
        var refused = assertThrows(ThaIdRefusedException.class, () -> provider.conclude(start.pending(), code));
        assertEquals("thaid.tokenRefused", refused.messageKey(), () -> String.valueOf(refused.getCause()));
    }
}
