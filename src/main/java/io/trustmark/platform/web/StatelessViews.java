package io.trustmark.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Set;

/**
 * Which Faces views keep nothing on the server: the one rule, asked by the layout ({@code <f:view
 * transient="#{statelessViews.current}">}) and by {@link StatelessViewHandler} before the page is built.
 *
 * <ul>
 *   <li>A guest's view, so that reading the forum starts no session; except a guest page that needs a session by
 *       nature (the phone's hand-off page binds the phone to its link there), named in the context parameter
 *       {@value #STATEFUL_GUEST_VIEWS}.
 *   <li>For everyone, the views named in {@value #STATELESS_VIEWS}: the forum's reading pages, built of plain
 *       components and request-scoped beans, whose only form (a reply) posts to the page's own URL. Why: a member
 *       browsing the forum would otherwise push the state of a form they still have open (the wizard, a review) out
 *       of the few views a session keeps (web.xml: four, for the session's size), and that form would answer "page
 *       expired". Such a view's posts carry no server-kept view state, so {@link StatelessPostFilter} makes them come
 *       from this site.
 * </ul>
 */
@Named
@ApplicationScoped
public class StatelessViews {

    static final String STATEFUL_GUEST_VIEWS = "io.trustmark.STATEFUL_GUEST_VIEWS";
    static final String STATELESS_VIEWS = "io.trustmark.STATELESS_VIEWS";

    /** For the layout: is the view being built stateless? */
    public boolean isCurrent() {
        var context = FacesContext.getCurrentInstance();
        return test(context, context.getViewRoot().getViewId());
    }

    static boolean test(FacesContext context, String viewId) {
        if (named(context, STATELESS_VIEWS).contains(viewId)) {
            return true;
        }
        return context.getExternalContext().getUserPrincipal() == null
                && !named(context, STATEFUL_GUEST_VIEWS).contains(viewId);
    }

    private static Set<String> named(FacesContext context, String parameter) {
        var names = context.getExternalContext().getInitParameter(parameter);
        return names == null || names.isBlank() ? Set.of() : Set.of(names.trim().split("[,\\s]+"));
    }
}
