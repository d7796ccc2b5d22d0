package io.trustmark.api.web;

import io.trustmark.api.application.ApiRateLimited;
import io.trustmark.api.application.SharedRateLimits;
import io.trustmark.api.domain.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits each client of the API to a number of requests per minute (a token bucket per client,
 * {@link RateLimiter}), counted across every node in the database ({@link SharedRateLimits}); while the database
 * cannot answer, this node's own buckets decide, so the API stays limited rather than open or failing. A client is the API key it sends in {@value #KEY_HEADER}, which must be one of
 * {@code trustmark.api.keys} (forums that call from their servers get one, with a higher limit), or else
 * its network address. An unknown key is refused rather than treated as anonymous, so that changing
 * keys cannot be used to get fresh buckets.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class RateLimitFilter implements ContainerRequestFilter {

    static final String KEY_HEADER = "X-Api-Key";
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());
    /** Enough for every address that may plausibly call at once; beyond it, see {@link RateLimiter}. */
    private static final int MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = "trustmark.api.rate-limit.per-minute", defaultValue = "60")
    int perMinute;

    @Inject
    @ConfigProperty(name = "trustmark.api.rate-limit.key-per-minute", defaultValue = "600")
    int keyPerMinute;

    @Inject
    @ConfigProperty(name = "trustmark.api.keys")
    Optional<String> keyList;

    @Inject
    @ConfigProperty(name = "trustmark.api.client-address-header")
    Optional<String> addressHeader;

    @Inject
    Event<ApiRateLimited> rateLimited;

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    SharedRateLimits shared;

    private List<byte[]> keys;
    private RateLimiter anonymous;
    private RateLimiter keyed;

    @PostConstruct
    void init() {
        keys = keyList.stream()
                .flatMap(list -> Arrays.stream(list.split(",")))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8))
                .toList();
        anonymous = new RateLimiter(perMinute, MAX_CLIENTS, System::nanoTime);
        keyed = new RateLimiter(keyPerMinute, MAX_CLIENTS, System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext context) {
        if (HttpMethod.OPTIONS.equals(context.getMethod())) {
            return; // CORS preflights cost nothing and carry no key
        }
        var key = context.getHeaderString(KEY_HEADER);
        RateLimiter.Decision decision;
        if (key != null) {
            if (!knownKey(key)) {
                context.abortWith(Problems.problem(Response.Status.UNAUTHORIZED, "Unknown API key")
                        .build());
                return;
            }
            // The key's hash names its bucket: the database never holds a key.
            decision = acquire("key:" + sha256(key), keyPerMinute, keyed);
        } else {
            decision = acquire("ip:" + clientAddress(), perMinute, anonymous);
        }
        if (!decision.allowed()) {
            rateLimited.fire(new ApiRateLimited(key != null));
            context.abortWith(Problems.problem(
                            Response.Status.TOO_MANY_REQUESTS,
                            "Too many requests; try again in " + decision.retryAfterSeconds() + " s")
                    .header("Retry-After", decision.retryAfterSeconds())
                    .build());
        }
    }

    private RateLimiter.Decision acquire(String client, int limit, RateLimiter local) {
        try {
            return shared.acquire(client, limit);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "API rate limit counted on this node only: the shared buckets failed", e);
            return local.acquire(client);
        }
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    /** Compared in constant time, so response timing does not reveal how much of a key was right. */
    private boolean knownKey(String key) {
        var given = key.getBytes(StandardCharsets.UTF_8);
        boolean known = false;
        for (var candidate : keys) {
            known |= MessageDigest.isEqual(candidate, given);
        }
        return known;
    }

    /**
     * The caller's address. Behind a reverse proxy every request comes from the proxy, so the operator
     * names the header the proxy writes the client's address into; its last entry is the one the
     * proxy itself added, earlier ones can be forged by the client.
     */
    private String clientAddress() {
        var header = addressHeader.filter(h -> !h.isBlank()).map(servletRequest::getHeader);
        if (header.isPresent()) {
            var entries = header.get().split(",");
            var last = entries[entries.length - 1].strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return servletRequest.getRemoteAddr();
    }
}
