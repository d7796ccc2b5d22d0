package io.trustmark.operations;

import io.trustmark.notification.infrastructure.OutboxSender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the mail sender's scheduled loop still runs. The loop catches every exception, so it only
 * stops on an error the JVM could not recover from (out of memory); nothing inside the node would start
 * it again, so the node should be restarted.
 */
@Liveness
@ApplicationScoped
public class MailSenderLiveness implements HealthCheck {

    static final String NAME = "mail-sender";

    @Inject
    OutboxSender sender;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(sender.isRunning()).build();
    }
}
