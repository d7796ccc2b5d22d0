package io.trustmark.document.web;

import io.trustmark.document.application.DocumentVault;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Streams a document image to a reviewer. There is no public URL for documents: this endpoint sits under
 * /admin (ADMIN only, declared once, in web.xml), the vault decides who may open what and writes an audit
 * record for each view, and this only turns its answer into HTTP: no caching, and only a copy carrying the
 * purpose stamp.
 */
@WebServlet("/admin/documents/*")
public class DocumentServlet extends HttpServlet {

    @Inject
    DocumentVault vault;

    @Inject
    StampedCopies stamps;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageResponses.noStore(response);
        var opening = vault.open(ImageResponses.id(request).orElse(null));
        switch (opening.answer()) {
            case OPEN -> ImageResponses.send(response, stamps.stamped(opening.document()), "document");
            case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
