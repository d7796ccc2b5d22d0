package io.trustmark.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Just enough of a servlet request and response for the filters' unit tests (no container, no mocking
 * library): a request with a method, a scheme and headers, a response that records the headers set on it.
 */
final class FakeHttp {

    private FakeHttp() {}

    static HttpServletRequest request(String method, Map<String, String> headers) {
        return request(method, "http", headers);
    }

    static HttpServletRequest request(String method, String scheme, Map<String, String> headers) {
        var byName = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        var attributes = new LinkedHashMap<String, Object>();
        return (HttpServletRequest) Proxy.newProxyInstance(
                FakeHttp.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> {
                    return switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getScheme" -> scheme;
                        case "isSecure" -> "https".equals(scheme);
                        case "getHeader" -> byName.get((String) args[0]);
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "toString" -> method + " " + headers;
                        default -> throw new UnsupportedOperationException(m.getName());
                    };
                });
    }

    /** A response whose headers end up in {@code headers}, every value of each (set replaces, add appends). */
    static HttpServletResponse response(Map<String, List<String>> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                FakeHttp.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" ->
                            headers.computeIfAbsent((String) args[0], k -> new ArrayList<>())
                                    .add((String) args[1]);
                        case "getHeader" -> {
                            var values = headers.get((String) args[0]);
                            return values == null ? null : values.get(0);
                        }
                        case "containsHeader" -> {
                            return headers.containsKey((String) args[0]);
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        case "toString" -> {
                            return "response " + headers;
                        }
                        default -> throw new UnsupportedOperationException(m.getName());
                    }
                    return null;
                });
    }
}
