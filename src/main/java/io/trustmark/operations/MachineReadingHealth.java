package io.trustmark.operations;

import io.trustmark.document.application.DocumentReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether machine reading (tesseract) runs on this node, shown as data: always UP, because without it the node
 * still serves every page and members type their documents by hand; the operator sees "available: false" and why.
 */
@Readiness
@ApplicationScoped
public class MachineReadingHealth implements HealthCheck {

    static final String NAME = "machine-reading";

    @Inject
    DocumentReader reader;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .up()
                .withData("available", reader.available())
                .build();
    }
}
