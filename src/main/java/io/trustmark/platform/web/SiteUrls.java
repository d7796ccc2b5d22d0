package io.trustmark.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute URLs of pages, for the canonical link: the configured public address, the same that mail links
 * start with, since behind a proxy the request's own host and scheme may be internal ones.
 */
@Named
@ApplicationScoped
public class SiteUrls {

    @Inject
    @ConfigProperty(name = "trustmark.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** {@code path} (starting with "/", inside the application) as an absolute URL. */
    public String absolute(String path) {
        var base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
