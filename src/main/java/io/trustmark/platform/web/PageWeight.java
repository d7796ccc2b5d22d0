package io.trustmark.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Map;

/**
 * What a page must load besides its own markup. PrimeFaces writes its theme and icon font into every page's
 * head, widgets or not; a page built of plain components (a guest's forum page, sign-in, sign-up) needs neither,
 * and they weigh more than the page itself. A page holds PrimeFaces widgets exactly when one of them asked for
 * PrimeFaces' core script while the page was built, so that is what is asked here; web.xml names this as the
 * theme ({@code primefaces.THEME}), and the layout loads the icon font by it.
 */
@Named
@ApplicationScoped
public class PageWeight {

    static final String LIBRARY = "primefaces";
    static final String CORE_SCRIPT = "core.js";
    static final String THEME = "saga";
    static final String NO_THEME = "none";

    /** Whether the page now being written holds PrimeFaces widgets. */
    public boolean isPrimeFaces() {
        return holdsWidgets(FacesContext.getCurrentInstance());
    }

    static boolean holdsWidgets(FacesContext context) {
        var root = context == null ? null : context.getViewRoot();
        return root != null
                && (needsCore(root.getComponentResources(context, "head"))
                        || needsCore(root.getComponentResources(context, "body")));
    }

    /** PrimeFaces' theme for a page with widgets, none for a plain one. */
    public String getTheme() {
        return isPrimeFaces() ? THEME : NO_THEME;
    }

    static boolean needsCore(Collection<UIComponent> resources) {
        for (var resource : resources) {
            if (isCore(resource.getAttributes())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a component resource (its attributes) is PrimeFaces' core script. */
    static boolean isCore(Map<String, Object> attributes) {
        return LIBRARY.equals(attributes.get("library")) && CORE_SCRIPT.equals(attributes.get("name"));
    }
}
