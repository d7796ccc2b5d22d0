package io.trustmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImmutableResourcesFilterTest {

    @Test
    void aVersionedResourceIsCachedForAYearWhateverFacesSetsAfterwards() throws Exception {
        var headers = new LinkedHashMap<String, List<String>>();
        new ImmutableResourcesFilter().doFilter(request("4eeac10183"), FakeHttp.response(headers), (req, res) -> {
            // What Mojarra's resource handler does while writing the resource.
            ((HttpServletResponse) res).setHeader("Cache-Control", "max-age=604800");
            ((HttpServletResponse) res).addHeader("ETag", "W/\"1-2\"");
        });
        assertEquals(List.of("public, max-age=31536000, immutable"), headers.get("Cache-Control"));
        assertEquals(List.of("W/\"1-2\""), headers.get("ETag"));
    }

    @Test
    void anUnversionedResourceKeepsFacesOwnAnswer() throws Exception {
        var headers = new LinkedHashMap<String, List<String>>();
        new ImmutableResourcesFilter()
                .doFilter(
                        request(null),
                        FakeHttp.response(headers),
                        (req, res) -> ((HttpServletResponse) res).setHeader("Cache-Control", "max-age=604800"));
        assertEquals(List.of("max-age=604800"), headers.get("Cache-Control"));
    }

    private static HttpServletRequest request(String version) {
        var parameters = version == null ? Map.<String, String>of() : Map.of("v", version);
        return (HttpServletRequest) Proxy.newProxyInstance(
                getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getDispatcherType" -> jakarta.servlet.DispatcherType.REQUEST;
                    case "toString" -> "GET resource v=" + version;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static ClassLoader getClassLoader() {
        return ImmutableResourcesFilterTest.class.getClassLoader();
    }
}
