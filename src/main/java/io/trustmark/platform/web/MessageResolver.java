package io.trustmark.platform.web;

import io.trustmark.platform.i18n.Texts;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes every OmniFaces {@code Messages} call take a bundle key: {@code Messages.addGlobalError("login.failed")}
 * shows the text of that key in the language of the page, filled with the given arguments. Beans therefore
 * never format texts themselves, and a message reads the same as the page around it.
 */
@WebListener
public class MessageResolver implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((key, args) -> Texts.text(Faces.getLocale(), key, args));
    }
}
