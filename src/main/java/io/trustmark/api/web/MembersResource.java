package io.trustmark.api.web;

import io.trustmark.api.application.MemberDirectory;
import io.trustmark.api.application.PublicMember;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tier and badge facts of members, for other forums to show the same marks.
 * <pre>
 * GET /api/v1/members/malee                       one member, 404 when unknown
 * GET /api/v1/members?username=malee&amp;username=somchai   the authors of a thread page at once
 * </pre>
 * Every answer carries a strong ETag computed from its exact bytes and may be cached publicly for
 * {@code trustmark.api.cache-seconds}; a revalidation with {@code If-None-Match} costs a 304 without body.
 * A change of tier (approval or revocation) is therefore visible to callers within that time.
 * <p>
 * The contract partners generate clients from is {@code META-INF/openapi.yaml}: change it with this class.
 */
@Path("v1/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    MemberDirectory directory;

    @Inject
    @ConfigProperty(name = "trustmark.api.cache-seconds", defaultValue = "60")
    int cacheSeconds;

    @Inject
    @ConfigProperty(name = "trustmark.api.batch-max", defaultValue = "50")
    int batchMax;

    @Context
    Request request;

    @GET
    @Path("{username}")
    public Response member(@PathParam("username") String username) {
        var name = MemberDirectory.normalize(username);
        var found = directory.find(List.of(name)).get(name);
        if (found == null) {
            return Problems.problem(Response.Status.NOT_FOUND, "No member with this username")
                    .header("Cache-Control", null)
                    .header("Cache-Control", cacheControl())
                    .build();
        }
        return cacheable(JSON.toJson(found));
    }

    /** The answer of a batch look-up: members found, in the order asked, and the names not found. */
    @JsonbPropertyOrder({"members", "notFound"})
    public record Batch(List<PublicMember> members, List<String> notFound) {}

    @GET
    public Response members(@QueryParam("username") List<String> usernames) {
        var names = new LinkedHashSet<String>();
        usernames.stream()
                .map(MemberDirectory::normalize)
                .filter(n -> !n.isEmpty())
                .forEach(names::add);
        if (names.isEmpty()) {
            return Problems.problem(Response.Status.BAD_REQUEST, "Give at least one username parameter")
                    .build();
        }
        if (names.size() > batchMax) {
            return Problems.problem(Response.Status.BAD_REQUEST, "At most " + batchMax + " usernames per request")
                    .build();
        }
        var found = directory.find(names);
        var members = new ArrayList<PublicMember>();
        var notFound = new ArrayList<String>();
        for (var name : names) {
            var member = found.get(name);
            if (member == null) {
                notFound.add(name);
            } else {
                members.add(member);
            }
        }
        return cacheable(JSON.toJson(new Batch(members, notFound)));
    }

    /** 200 with the body, or 304 when the caller already holds exactly these bytes. */
    private Response cacheable(String json) {
        var tag = new EntityTag(digest(json));
        var unchanged = request.evaluatePreconditions(tag);
        var response = unchanged != null ? unchanged : Response.ok(json, MediaType.APPLICATION_JSON_TYPE);
        return response.tag(tag).header("Cache-Control", cacheControl()).build();
    }

    private String cacheControl() {
        return "public, max-age=" + cacheSeconds;
    }

    private static String digest(String json) {
        try {
            var hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
