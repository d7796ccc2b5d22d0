package io.trustmark.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' head, minus what only its widgets use on a page without any (see {@link PageWeight}): its
 * translations script (render-blocking, 4 to 24 KB) and the inline scripts that configure PrimeFaces. A page
 * with widgets gets all of it as before. Registered for {@code h:head} in faces-config.xml.
 */
public class PageHeadRenderer extends HeadRenderer {

    @Override
    protected void encodeLocaleResources(FacesContext context, PrimeConfiguration config) {
        if (PageWeight.holdsWidgets(context)) {
            super.encodeLocaleResources(context, config);
        }
    }

    @Override
    protected void encodeSettingScripts(
            FacesContext context, PrimeRequestContext request, PrimeConfiguration config, ResponseWriter writer)
            throws IOException {
        if (PageWeight.holdsWidgets(context)) {
            super.encodeSettingScripts(context, request, config, writer);
        }
    }

    @Override
    protected void encodeInitScripts(
            FacesContext context, PrimeRequestContext request, PrimeConfiguration config, ResponseWriter writer)
            throws IOException {
        if (PageWeight.holdsWidgets(context)) {
            super.encodeInitScripts(context, request, config, writer);
        }
    }
}
