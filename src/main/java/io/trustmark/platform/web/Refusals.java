package io.trustmark.platform.web;

import io.trustmark.platform.domain.RefusedException;
import jakarta.faces.application.FacesMessage;
import org.omnifaces.util.Messages;

/**
 * The one way a backing bean shows a {@link RefusedException}: an error message with the refusal's bundle
 * key and arguments (resolved by {@link MessageResolver}), for the whole page or beside one input.
 */
public final class Refusals {

    private Refusals() {}

    public static FacesMessage message(RefusedException refusal) {
        return Messages.createError(refusal.messageKey(), refusal.args());
    }

    /** Shows the refusal at the top of the page. */
    public static void addGlobal(RefusedException refusal) {
        Messages.addGlobal(message(refusal));
    }

    /** Shows the refusal beside the component {@code clientId}. */
    public static void add(String clientId, RefusedException refusal) {
        Messages.add(clientId, message(refusal));
    }
}
