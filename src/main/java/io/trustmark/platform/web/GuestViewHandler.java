package io.trustmark.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A guest's view is stateless from the moment it is created, not only once the layout's
 * {@code <f:view transient>} has been applied while the page is built: PrimeFaces' CSP support asks for the
 * view map before that (to keep the page's script nonce), and on a view not yet marked transient the view
 * map is a new HTTP session. The layout's attribute stays the rule for everything after; this only makes it
 * hold from the start. Signed in or not is the container's caller, so platform needs no feature for it.
 */
public class GuestViewHandler extends ViewHandlerWrapper {

    public GuestViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        var root = super.createView(context, viewId);
        if (root != null && context.getExternalContext().getUserPrincipal() == null) {
            root.setTransient(true);
        }
        return root;
    }
}
