package io.trustmark.api.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The machine face of Trustmark under {@code /api}: other forums ask which tier a member has and which
 * marks to show beside the name. The OpenAPI document, {@code META-INF/openapi.yaml}, is served at
 * {@code /openapi}.
 * <pre>
 * curl -s https://forum.example/api/v1/members/malee
 * {"username":"malee","tier":"CITIZEN","citizenBadge":true,"trustedMark":false}
 * </pre>
 */
@ApplicationPath("api")
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey reports statuses >= 400 without a body through sendError, which would hand the answer to the
        // web.xml error pages and turn it into HTML; the API answers in JSON itself.
        // The WADL (/api/application.wadl) would describe every resource and method to anyone; the API's
        // public description is the OpenAPI document, so Jersey's own is switched off.
        return Map.of(
                "jersey.config.server.response.setStatusOverSendError",
                true,
                "jersey.config.server.wadl.disableWadl",
                true);
    }
}
