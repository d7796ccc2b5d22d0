package io.trustmark.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Set;

/**
 * A guest's view is stateless from the moment it is created, not only once the layout's
 * {@code <f:view transient>} has been applied while the page is built: PrimeFaces' CSP support asks for the
 * view map before that (to keep the page's script nonce), and on a view not yet marked transient the view
 * map is a new HTTP session. The layout's attribute stays the rule for everything after; this only makes it
 * hold from the start. Signed in or not is the container's caller, so platform needs no feature for it.
 *
 * <p>A guest page that needs a session by nature (the phone's hand-off page binds the phone to its link there)
 * is named in the context parameter {@value #STATEFUL_GUEST_VIEWS}: marking it here would make its postback fail,
 * because Faces rebuilds a stateless view from its page alone, which does not say transient.
 */
public class GuestViewHandler extends ViewHandlerWrapper {

    static final String STATEFUL_GUEST_VIEWS = "io.trustmark.STATEFUL_GUEST_VIEWS";

    public GuestViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        var root = super.createView(context, viewId);
        if (root != null
                && context.getExternalContext().getUserPrincipal() == null
                && !statefulGuestViews(context).contains(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    private static Set<String> statefulGuestViews(FacesContext context) {
        var names = context.getExternalContext().getInitParameter(STATEFUL_GUEST_VIEWS);
        return names == null || names.isBlank() ? Set.of() : Set.of(names.trim().split("[,\\s]+"));
    }
}
