package io.trustmark.membership.infrastructure;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.trustmark.membership.domain.ThaIdIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This forum as a relying party of ThaID (DOPA's digital ID), with Nimbus' OpenID Connect SDK: the
 * authorization-code flow with PKCE (S256), {@code state} and {@code nonce}; the ID token validated against
 * the provider's own discovery document: signature by a key from its JWKS, {@code iss}, {@code aud} (this
 * client), {@code exp}, {@code iat} and the {@code nonce} sent. Only asymmetric algorithms the provider
 * announces are accepted, so an unsigned token ({@code alg=none}) and a token "signed" with HMAC over a
 * public key (key confusion) are refused, as is one signed by any key not in the provider's set.
 * <p>
 * Hidden (not {@link #configured()}) until an issuer and a client id are set. The raw tokens live only in
 * this call: nothing of them is stored or logged.
 */
@ApplicationScoped
public class ThaIdProvider {

    private static final Logger LOG = Logger.getLogger(ThaIdProvider.class.getName());
    private static final int TIMEOUT_MS = 5_000;
    private static final int JWKS_SIZE_LIMIT = 64 * 1024;

    @Inject
    @ConfigProperty(name = "trustmark.thaid.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "trustmark.thaid.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "trustmark.thaid.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "trustmark.thaid.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "trustmark.thaid.scopes", defaultValue = "openid pid name name_en birthdate")
    String scopes;

    private volatile Resolved resolved;

    /** The provider's discovery document and the validator built from it, fetched once. */
    private record Resolved(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

    /** Whether the route is offered at all: an issuer and a client id are configured. */
    public boolean configured() {
        return issuer.filter(s -> !s.isBlank()).isPresent()
                && clientId.filter(s -> !s.isBlank()).isPresent();
    }

    /**
     * Starts a sign-in at ThaID: where to send the member, and what to keep until they come back.
     *
     * @param here this forum's own callback as the member reached it ({@code /member/thaid}), used when no
     *     redirect URI is configured
     *
     * @throws ThaIdRefusedException when the provider cannot be reached
     */
    public Start begin(Instant now, URI here) {
        var metadata = resolved().metadata();
        var redirect = redirectUri.filter(s -> !s.isBlank()).map(URI::create).orElse(here);
        var state = new State();
        var nonce = new Nonce();
        var verifier = new CodeVerifier();
        var request = new AuthenticationRequest.Builder(
                        new ResponseType(ResponseType.Value.CODE),
                        Scope.parse(scopes),
                        new ClientID(clientId.orElseThrow()),
                        redirect)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build();
        return new Start(
                request.toURI(),
                new ThaIdPending(state.getValue(), nonce.getValue(), verifier.getValue(), redirect.toString(), now));
    }

    /** Where to send the member, and the secrets to keep in their session. */
    public record Start(URI authorizationUri, ThaIdPending pending) {}

    /**
     * Exchanges {@code code} (with the PKCE verifier) for tokens and validates the ID token against
     * {@code pending}'s nonce.
     *
     * @throws ThaIdRefusedException when the exchange fails or the ID token is not valid
     */
    public ThaIdIdentity conclude(ThaIdPending pending, String code) {
        var resolved = resolved();
        JWT idToken;
        try {
            var request = new TokenRequest(
                    resolved.metadata().getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(clientId.orElseThrow()), new Secret(clientSecret.orElse(""))),
                    new AuthorizationCodeGrant(
                            new AuthorizationCode(code),
                            URI.create(pending.redirectUri()),
                            new CodeVerifier(pending.codeVerifier())));
            var http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            var response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                throw new ThaIdRefusedException(
                        "thaid.failed",
                        "token endpoint: "
                                + response.toErrorResponse().getErrorObject().getCode(),
                        null);
            }
            idToken = response.toSuccessResponse().getTokens().toOIDCTokens().getIDToken();
        } catch (IOException | ParseException | RuntimeException e) {
            if (e instanceof ThaIdRefusedException refused) {
                throw refused;
            }
            throw new ThaIdRefusedException("thaid.failed", "token exchange", e);
        }
        JWTClaimsSet claims;
        try {
            claims = resolved.validator()
                    .validate(idToken, new Nonce(pending.nonce()))
                    .toJWTClaimsSet();
        } catch (BadJOSEException | JOSEException | ParseException e) {
            // Why, for the log (the token itself is never logged): expired, wrong audience, nonce, signature...
            LOG.log(Level.WARNING, "ThaID ID token refused: {0}", e.getMessage());
            throw new ThaIdRefusedException("thaid.tokenRefused", e.getMessage(), e);
        }
        return identity(claims);
    }

    /** The claims this forum reads from ThaID's ID token; {@code pid} is required. */
    static ThaIdIdentity identity(JWTClaimsSet claims) {
        var pid = string(claims, "pid");
        if (pid == null) {
            throw new ThaIdRefusedException("thaid.tokenRefused", "no pid claim", null);
        }
        return new ThaIdIdentity(
                pid,
                string(claims, "title"),
                string(claims, "given_name"),
                string(claims, "family_name"),
                string(claims, "title_en"),
                string(claims, "given_name_en"),
                string(claims, "family_name_en"),
                date(string(claims, "birthdate")),
                decimal(claims.getClaim("ial")));
    }

    private static String string(JWTClaimsSet claims, String name) {
        var value = claims.getClaim(name);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** ThaID's level as a number ({@code 2.3}) whether the token carries it as a number or a string. */
    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Resolved resolved() {
        var current = resolved;
        if (current == null) {
            synchronized (this) {
                if (resolved == null) {
                    resolved = resolve();
                }
                current = resolved;
            }
        }
        return current;
    }

    private Resolved resolve() {
        try {
            // resolve() also checks that the document names the configured issuer.
            var metadata = OIDCProviderMetadata.resolve(new Issuer(issuer.orElseThrow()), TIMEOUT_MS, TIMEOUT_MS);
            var algorithms = Optional.ofNullable(metadata.getIDTokenJWSAlgs()).orElse(java.util.List.of()).stream()
                    .filter(ThaIdProvider::asymmetric)
                    .collect(Collectors.toSet());
            if (algorithms.isEmpty()) {
                algorithms = Set.of(JWSAlgorithm.RS256);
            }
            var keys = JWKSourceBuilder.<SecurityContext>create(
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, JWKS_SIZE_LIMIT))
                    .build();
            var validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    new ClientID(clientId.orElseThrow()),
                    new JWSVerificationKeySelector<>(algorithms, keys),
                    null);
            return new Resolved(metadata, validator);
        } catch (GeneralException | IOException | RuntimeException e) {
            throw new ThaIdRefusedException("thaid.unavailable", "discovery of " + issuer.orElse("?"), e);
        }
    }

    /** RSA, RSA-PSS and elliptic-curve signatures: never none, never a shared-secret MAC. */
    static boolean asymmetric(JWSAlgorithm algorithm) {
        return JWSAlgorithm.Family.RSA.contains(algorithm) || JWSAlgorithm.Family.EC.contains(algorithm);
    }
}
