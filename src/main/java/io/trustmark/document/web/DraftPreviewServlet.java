package io.trustmark.document.web;

import io.trustmark.document.application.DocumentVault;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Shows members the image they just uploaded in the wizard, as it will be sent: upright, cleaned of
 * metadata. It sits under /member (members only, in web.xml); the vault opens only the caller's own drafts
 * (once submitted, a document is for reviewers only) and audits each view; this turns its answer into HTTP,
 * anything refused being "not found".
 */
@WebServlet("/member/drafts/*")
public class DraftPreviewServlet extends HttpServlet {

    @Inject
    DocumentVault vault;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageResponses.noStore(response);
        var opening = vault.openOwnDraft(ImageResponses.id(request).orElse(null));
        switch (opening.answer()) {
            case OPEN -> ImageResponses.send(response, opening.document(), "draft");
            case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
