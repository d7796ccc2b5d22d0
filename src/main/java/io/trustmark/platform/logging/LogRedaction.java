package io.trustmark.platform.logging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Puts the {@link RedactingFilter} on the server's log handlers while the application runs, so that
 * messages the application does not write itself (the container logging an exception, a driver quoting
 * a duplicate ID number) lose the personal data too. Payara Micro runs this one application per JVM, so
 * the server-wide handlers are the application's own; the previous filters come back on undeploy.
 */
@ApplicationScoped
public class LogRedaction {

    private static final Logger LOG = Logger.getLogger(LogRedaction.class.getName());

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
        int installed = 0;
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!(handler.getFilter() instanceof RedactingFilter)) {
                handler.setFilter(new RedactingFilter(handler.getFilter()));
                installed++;
            }
        }
        var count = installed;
        LOG.info(() -> "log.redaction installed handlers=" + count);
    }

    void uninstall(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler.getFilter() instanceof RedactingFilter redacting) {
                handler.setFilter(redacting.previous());
            }
        }
    }
}
