package io.trustmark.api.web;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure inside the API answers 500 as a problem document instead of the site's HTML error page.
 * The log and the answer share an incident id, so a partner forum's report can be found in the log.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        var incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, exception, () -> "api.failure incident=" + incident);
        return Problems.problem(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected failure, incident " + incident)
                .build();
    }
}
