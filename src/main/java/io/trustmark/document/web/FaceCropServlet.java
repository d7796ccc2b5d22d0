package io.trustmark.document.web;

import io.trustmark.document.application.FaceComparisons;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Streams one of the two face crops of a comparison ({@code /admin/face-crops/{faceDocumentId}/selfie} or
 * {@code .../card}) to a reviewer, as documents are streamed: under /admin (ADMIN only, web.xml), opened only as the
 * document it was cut from may be opened, audited, never cached. No purpose stamp: a 240-pixel crop of a face is no
 * copy of a document anyone could use elsewhere.
 */
@WebServlet("/admin/face-crops/*")
public class FaceCropServlet extends HttpServlet {

    @Inject
    FaceComparisons comparisons;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageResponses.noStore(response);
        String[] parts = request.getPathInfo() == null
                ? new String[0]
                : request.getPathInfo().split("/");
        Long id = null;
        if (parts.length == 3 && (parts[2].equals("selfie") || parts[2].equals("card"))) {
            try {
                id = Long.valueOf(parts[1]);
            } catch (NumberFormatException e) {
                id = null;
            }
        }
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var opening = comparisons.openCrop(id, parts[2].equals("selfie"));
        switch (opening.answer()) {
            case OPEN -> ImageResponses.send(response, opening.document(), "face");
            case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
