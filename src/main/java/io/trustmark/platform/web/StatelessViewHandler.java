package io.trustmark.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A stateless view ({@link StatelessViews}) is stateless from the moment it is created, not only once the layout's
 * {@code <f:view transient>} has been applied while the page is built: PrimeFaces' CSP support asks for the view
 * map before that (to keep the page's script nonce), and on a view not yet marked transient the view map is a new
 * HTTP session for a guest, and for a member one of the few view maps the session keeps, taken from a form they
 * still have open. The layout's attribute stays the rule for everything after (Faces rebuilds a stateless view on
 * its postback from the page alone, without this handler); this only makes it hold from the start.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

    public StatelessViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        var root = super.createView(context, viewId);
        if (root != null && StatelessViews.test(context, viewId)) {
            root.setTransient(true);
        }
        return root;
    }
}
