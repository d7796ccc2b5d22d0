package io.trustmark.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;

/**
 * ThaID in the test JVM: a real OpenID Connect provider (NAV's mock-oauth2-server: discovery, JWKS,
 * authorize, token) whose ID tokens carry ThaID's claims ({@code pid}, Thai and English names, birth date,
 * {@code ial}). Tests choose the next token's claims ({@link #answerWith}), or make the token endpoint answer
 * once with a token of their own ({@link #forgeNext}: another key, {@code alg=none}, HMAC over the public
 * key), which the provider itself would never issue.
 */
public final class ThaIdStandIn {

    public static final String ISSUER_ID = "thaid";

    private final MockOAuth2Server server;
    private final ConcurrentLinkedQueue<String> forged = new ConcurrentLinkedQueue<>();

    public ThaIdStandIn() {
        this.server = new MockOAuth2Server(new ForgedTokenRoute());
    }

    /** Starts on 127.0.0.1 ({@code port} 0: any free one). */
    public ThaIdStandIn start(int port) {
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public void shutdown() {
        server.shutdown();
    }

    /** The issuer URL, as the relying party is configured with it. */
    public String issuer() {
        // Not server.issuerUrl(): it names the host "localhost", while the provider names itself after the Host
        // its callers use, and the application calls it at 127.0.0.1.
        return "http://127.0.0.1:" + server.baseUrl().port() + "/" + ISSUER_ID;
    }

    /** The next ID token carries {@code claims} (they override the standard ones) and expires in {@code seconds}. */
    public void answerWith(Map<String, Object> claims, long seconds) {
        server.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, "thaid-" + UUID.randomUUID(), "JWT", null, claims, seconds));
    }

    public void answerWith(Map<String, Object> claims) {
        answerWith(claims, 3600);
    }

    /** The token endpoint's next answer carries {@code idToken} instead of one the provider signs. */
    public void forgeNext(String idToken) {
        forged.add(idToken);
    }

    /** ThaID's claims for a person with ID number {@code pid}, proofed at level 2.3. */
    public static Map<String, Object> claims(String pid) {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("pid", pid);
        claims.put("title", "นาย");
        claims.put("given_name", "สมชาย");
        claims.put("family_name", "ใจดี");
        claims.put("title_en", "Mr.");
        claims.put("given_name_en", "Somchai");
        claims.put("family_name_en", "Jaidee");
        claims.put("birthdate", "1990-08-14");
        claims.put("ial", 2.3);
        return claims;
    }

    /** The {@code nonce} (or any parameter) of the authorization URL the relying party sent the browser to. */
    public static String parameter(URI uri, String name) {
        return Arrays.stream(uri.getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .filter(p -> p[0].equals(name))
                .map(p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + uri));
    }

    /** A token with every claim right, signed by a fresh RSA key under the provider's key id (key confusion). */
    public String signedByAnotherKey(String clientId, String nonce, String pid) {
        try {
            var realKid = server.getConfig()
                    .getTokenProvider()
                    .publicJwkSet(ISSUER_ID)
                    .getKeys()
                    .get(0)
                    .getKeyID();
            RSAKey other = new RSAKeyGenerator(2048).keyID(realKid).generate();
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(realKid).build(), claims(clientId, nonce, pid));
            jwt.sign(new RSASSASigner(other));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token the provider itself signs, with every claim right, that expires {@code seconds} from now (negative:
     * expired). Sent through {@link #forgeNext}: the token endpoint would answer an expired token with a
     * negative {@code expires_in}, which the client refuses before it ever looks at the token.
     */
    public String signedByProvider(String clientId, String nonce, String pid, long seconds) {
        var claims = new LinkedHashMap<>(claims(pid));
        claims.put("nonce", nonce);
        claims.put("iss", issuer());
        return server.issueToken(
                        ISSUER_ID,
                        clientId,
                        new DefaultOAuth2TokenCallback(
                                ISSUER_ID, "thaid-" + UUID.randomUUID(), "JWT", List.of(clientId), claims, seconds))
                .serialize();
    }

    /** The same claims, not signed at all ({@code alg=none}). */
    public String unsigned(String clientId, String nonce, String pid) {
        return new PlainJWT(claims(clientId, nonce, pid)).serialize();
    }

    /** The same claims "signed" with HS256 using the provider's public key as the secret (key confusion). */
    public String hmacWithPublicKey(String clientId, String nonce, String pid) {
        try {
            var publicKey = server.getConfig()
                    .getTokenProvider()
                    .publicJwkSet(ISSUER_ID)
                    .getKeys()
                    .get(0)
                    .toRSAKey()
                    .toPublicKey()
                    .getEncoded();
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(clientId, nonce, pid));
            jwt.sign(new MACSigner(publicKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims(String clientId, String nonce, String pid) {
        var now = Instant.now();
        var builder = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("thaid-" + UUID.randomUUID())
                .audience(List.of(clientId))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("nonce", nonce);
        claims(pid).forEach(builder::claim);
        return builder.build();
    }

    /** Answers the token endpoint with a forged token when a test queued one; otherwise the provider answers. */
    private final class ForgedTokenRoute implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "POST".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/token")
                    && !forged.isEmpty();
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            var idToken = forged.poll();
            var body = "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\",\"expires_in\":600,"
                    + "\"id_token\":\"" + idToken + "\"}";
            return new OAuth2HttpResponse(
                    Headers.of("Content-Type", "application/json;charset=UTF-8", "Cache-Control", "no-store"),
                    200,
                    body,
                    null);
        }
    }
}
