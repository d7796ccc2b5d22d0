package io.trustmark.document.web;

import io.trustmark.account.domain.Role;
import io.trustmark.account.application.AccountRepository;
import io.trustmark.document.application.DocumentVault;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Shows members the image they just uploaded in the wizard, as it will be sent: upright, cleaned of
 * metadata. Only the member's own drafts; once submitted, a document is for reviewers only. Each view is
 * audited like any other.
 */
@WebServlet("/member/drafts/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.MEMBER_GROUP))
public class DraftPreviewServlet extends HttpServlet {

    @Inject
    DocumentVault vault;

    @Inject
    AccountRepository accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageResponses.noStore(response);
        var owner = accounts.byUsername(request.getUserPrincipal().getName()).orElseThrow();
        var opened = ImageResponses.id(request).flatMap(id -> vault.openOwnDraft(id, owner.getId()));
        if (opened.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponses.send(response, opened.get(), "draft");
    }
}
