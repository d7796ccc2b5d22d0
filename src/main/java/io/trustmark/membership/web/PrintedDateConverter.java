package io.trustmark.membership.web;

import io.trustmark.identity.domain.PrintedDate;
import io.trustmark.platform.domain.Languages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.omnifaces.util.Messages;

/**
 * A document date typed as printed ({@code converter="printedDate"}), read by {@link PrintedDate}: a date
 * picker or {@code yyyy-MM-dd} took the Buddhist-era years Thai cards print for common-era ones. Shown
 * back as the reader writes dates (B.E. in Thai), which reads back as the same day.
 */
@FacesConverter("printedDate")
public class PrintedDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return PrintedDate.parse(value)
                .orElseThrow(() -> new ConverterException(Messages.createError("verify.expiry.format")));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : Languages.date(value, context.getViewRoot().getLocale());
    }
}
