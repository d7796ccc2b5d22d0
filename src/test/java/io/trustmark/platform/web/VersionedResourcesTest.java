package io.trustmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionedResourcesTest {

    @Test
    void theApplicationsOwnResourceNamesItsContentsVersion() throws Exception {
        var css = new Fake("css/trustmark.css", null, "/jakarta.faces.resource/css/trustmark.css.xhtml", "body{}");
        var handler = new VersionedResources(handing(css));

        var path = handler.createResource("css/trustmark.css").getRequestPath();

        var digest = VersionedResources.digest(new ByteArrayInputStream("body{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("/jakarta.faces.resource/css/trustmark.css.xhtml?v=" + digest, path);
        assertTrue(digest.matches("[0-9a-f]{10}"), digest);
    }

    @Test
    void aChangedFileGetsANewVersion() throws Exception {
        var before = VersionedResources.digest(new ByteArrayInputStream("body{}".getBytes(StandardCharsets.UTF_8)));
        var after = VersionedResources.digest(new ByteArrayInputStream("body{ }".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(before, after);
    }

    @Test
    void aQueryAlreadyThereGetsTheVersionAppended() {
        var icon =
                new Fake("images/favicon.svg", null, "/jakarta.faces.resource/images/favicon.svg.xhtml?x=1", "<svg/>");
        var path = new VersionedResources(handing(icon))
                .createResource("images/favicon.svg")
                .getRequestPath();
        assertTrue(path.startsWith("/jakarta.faces.resource/images/favicon.svg.xhtml?x=1&v="), path);
    }

    @Test
    void aLibrarysResourceKeepsTheLibrarysVersion() {
        var core =
                new Fake("core.js", "primefaces", "/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13", "");
        var resource = new VersionedResources(handing(core)).createResource("core.js", "primefaces");
        assertSame(core, resource);
    }

    @Test
    void missingResourcesStayMissing() {
        assertEquals(null, new VersionedResources(handing(null)).createResource("css/none.css"));
    }

    @Test
    void aPageHoldsPrimeFacesWidgetsExactlyWhenOneAskedForTheCoreScript() {
        assertTrue(PageWeight.isCore(Map.of("library", "primefaces", "name", "core.js")));
        assertFalse(PageWeight.isCore(Map.of("name", "css/trustmark.css")));
        // The layout's own icon-font link names PrimeFaces' library but is no widget.
        assertFalse(PageWeight.isCore(Map.of("library", "primefaces", "name", "primeicons/primeicons.css")));
        assertFalse(PageWeight.isCore(Map.of("library", "other", "name", "core.js")));
    }

    private static ResourceHandler handing(Resource resource) {
        return new ResourceHandler() {
            @Override
            public Resource createResource(String resourceName) {
                return resource;
            }

            @Override
            public Resource createResource(String resourceName, String libraryName) {
                return resource;
            }

            @Override
            public Resource createResource(String resourceName, String libraryName, String contentType) {
                return resource;
            }

            @Override
            public void handleResourceRequest(FacesContext context) {}

            @Override
            public boolean isResourceRequest(FacesContext context) {
                return false;
            }

            @Override
            public boolean libraryExists(String libraryName) {
                return false;
            }

            @Override
            public String getRendererTypeForResourceName(String resourceName) {
                return null;
            }
        };
    }

    private static final class Fake extends Resource {

        private final String path;
        private final String content;

        Fake(String name, String library, String path, String content) {
            setResourceName(name);
            setLibraryName(library);
            this.path = path;
            this.content = content;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            return Map.of();
        }

        @Override
        public String getRequestPath() {
            return path;
        }

        @Override
        public URL getURL() {
            return null;
        }

        @Override
        public boolean userAgentNeedsUpdate(FacesContext context) {
            return true;
        }
    }
}
