package io.trustmark.api.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Error answers of the API as RFC 9457 problem documents, so every client parses failures the same way. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    static Response.ResponseBuilder problem(Response.StatusType status, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body(status.getStatusCode(), detail))
                .header("Cache-Control", "no-store");
    }

    /**
     * The same document for answers the container gives before or instead of JAX-RS (its error pages, Payara's
     * /openapi servlet).
     */
    static void send(HttpServletResponse response, int status, String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        // Bytes, not a writer: JSON is UTF-8 by definition, and a writer would add a charset to the media type.
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body(status, detail).getBytes(StandardCharsets.UTF_8));
    }

    static String reasonPhrase(int status) {
        var known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    private static String body(int status, String detail) {
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", reasonPhrase(status))
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString();
    }
}
