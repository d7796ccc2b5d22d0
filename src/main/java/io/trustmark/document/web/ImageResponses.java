package io.trustmark.document.web;

import io.trustmark.document.application.DocumentVault.OpenedDocument;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** How every document image leaves the server: never cached, never sniffed, never a download of unknown type. */
final class ImageResponses {

    private ImageResponses() {}

    /** The id in {@code /…/{id}}; empty for anything else. */
    static Optional<Long> id(HttpServletRequest request) {
        try {
            return Optional.of(Long.valueOf(
                    request.getPathInfo() == null ? "" : request.getPathInfo().substring(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }

    static void send(HttpServletResponse response, OpenedDocument document, String namePrefix) throws IOException {
        response.setContentType(document.mediaType());
        response.setContentLength(document.bytes().length);
        response.setHeader("Content-Disposition", "inline; filename=\"" + namePrefix + "-" + document.id() + ".jpg\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(document.bytes());
    }
}
