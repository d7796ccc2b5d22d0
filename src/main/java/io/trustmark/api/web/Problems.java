package io.trustmark.api.web;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** Error answers of the API as RFC 9457 problem documents, so every client parses failures the same way. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    static Response.ResponseBuilder problem(Response.StatusType status, String detail) {
        var body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", status.getReasonPhrase())
                .add("status", status.getStatusCode())
                .add("detail", detail)
                .build();
        return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).header("Cache-Control", "no-store");
    }
}
