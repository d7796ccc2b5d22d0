package io.trustmark.document.web;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.document.application.DocumentVault;
import io.trustmark.account.domain.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Streams a document image to a reviewer. There is no public URL for documents: this endpoint sits under
 * /admin (ADMIN only, in web.xml and here), writes an audit record for each view, forbids caching, and
 * sends only a copy carrying the purpose stamp.
 */
@WebServlet("/admin/documents/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN_GROUP))
public class DocumentServlet extends HttpServlet {

    @Inject
    DocumentVault vault;

    @Inject
    AccountRepository accounts;

    @Inject
    StampedCopies stamps;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ImageResponses.noStore(response);
        if (!request.isUserInRole(Role.ADMIN_GROUP)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var viewer = accounts.byUsername(request.getUserPrincipal().getName()).orElseThrow();
        var opened = ImageResponses.id(request).flatMap(id -> vault.open(id, viewer.getId()));
        if (opened.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageResponses.send(response, stamps.stamped(opened.get()), "document");
    }
}
