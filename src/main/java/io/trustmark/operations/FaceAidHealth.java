package io.trustmark.operations;

import io.trustmark.document.application.FaceAid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the face aid (the ONNX face models) runs on this node, shown as data: always UP, because without it every
 * photo is still taken and judged by the reviewer; the operator sees "available: false".
 */
@Readiness
@ApplicationScoped
public class FaceAidHealth implements HealthCheck {

    static final String NAME = "face-aid";

    @Inject
    FaceAid faceAid;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME)
                .up()
                .withData("available", faceAid.available())
                .build();
    }
}
