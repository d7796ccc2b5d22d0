package io.trustmark.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Versioned URLs for style sheets, scripts and images, so that they can be cached for a year
 * ({@link ImmutableResourcesFilter}): a returning reader's browser asks for none of them again, not even to
 * revalidate. Library resources (PrimeFaces) carry their library's version already;
 * the application's own ({@code css/trustmark.css}, {@code js/…}) get the first bytes of their content's SHA-256
 * as theirs, so the URL changes exactly when the file does and a new build is never hidden behind an old copy.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String VERSION = "v";

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                var path = super.getRequestPath();
                var version = versions.computeIfAbsent(getResourceName(), name -> digest(getWrapped()));
                return path + (path.contains("?") ? "&" : "?") + VERSION + "=" + version;
            }
        };
    }

    /** The first 10 hex digits of the content's SHA-256: short, and a change of content changes it. */
    static String digest(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return digest(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String digest(InputStream in) throws IOException {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
