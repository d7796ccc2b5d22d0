package io.trustmark.api.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the served {@code /openapi} document the contract in {@code META-INF/openapi.yaml} and nothing else
 * ({@code mp.openapi.filter}). Payara 6 adds a top-level {@code endpoints} property of its own to every document with
 * paths: no OpenAPI field, so linters reject the document and strict generators stop at it. Payara's model offers it
 * only on its implementation class, hence reflection; another MicroProfile OpenAPI implementation has no such method
 * and is left alone.
 */
public class ContractFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ContractFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            // Empty, not null: Payara copies the map each time it hands the document out (null fails there, a 500 on
            // every /openapi), and leaves an empty one out of the answer.
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Object>());
        } catch (NoSuchMethodException notPayara) {
            // nothing to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "openapi.endpoints-not-removed", e);
        }
    }
}
