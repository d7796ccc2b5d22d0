package io.trustmark.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.util.Constants;

/**
 * With PrimeFaces' CSP support on, every postback must send back the page's script nonce
 * ({@code primefaces.nonce}), or PrimeFaces refuses it; PrimeFaces' JavaScript adds that field to the
 * forms once the page has loaded. This writes it into every Faces form on the server as well (registered
 * for {@code PostAddToViewEvent} in faces-config.xml; it picks the {@link UIForm}s), so a form sent before
 * the script ran, or by a browser that runs none, is still accepted: the site keeps working without
 * JavaScript.
 */
public class CspNonceField implements SystemEventListener {

    /** The id of the field's component in each form. */
    static final String ID = "tmCspNonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        var form = (UIComponent) event.getSource();
        for (var child : form.getChildren()) {
            if (child instanceof Field) {
                return;
            }
        }
        var field = new Field();
        field.setId(ID);
        // Rebuilt with the view on every request instead of kept in the view state.
        field.setTransient(true);
        form.getChildren().add(field);
    }

    /** The hidden field itself; renders nothing while PrimeFaces' CSP support is off. */
    public static class Field extends UIComponentBase {

        @Override
        public String getFamily() {
            return "io.trustmark.CspNonce";
        }

        @Override
        public String getRendererType() {
            return null;
        }

        @Override
        public void encodeBegin(FacesContext context) throws IOException {
            if (!PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
                return;
            }
            var writer = context.getResponseWriter();
            writer.startElement("input", this);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", Constants.RequestParams.NONCE_PARAM, null);
            writer.writeAttribute(
                    "value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
    }
}
