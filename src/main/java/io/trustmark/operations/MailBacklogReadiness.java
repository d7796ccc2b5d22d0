package io.trustmark.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while more mails wait than {@code trustmark.health.mail-backlog-max}: members then wait for
 * confirmation links and decisions, usually because the SMTP server is down or refuses us. Operators
 * see it at once instead of hearing it from members.
 */
@Readiness
@ApplicationScoped
public class MailBacklogReadiness implements HealthCheck {

    static final String NAME = "mail-backlog";
    private static final Logger LOG = Logger.getLogger(MailBacklogReadiness.class.getName());

    @Inject
    OperationsQueries queries;

    @Inject
    @ConfigProperty(name = "trustmark.health.mail-backlog-max", defaultValue = "100")
    long maxBacklog;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME).withData("max", maxBacklog);
        try {
            var backlog = queries.snapshot().mailBacklog();
            return response.status(backlog <= maxBacklog)
                    .withData("backlog", backlog)
                    .build();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "health.mail-backlog unavailable", e);
            return response.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
