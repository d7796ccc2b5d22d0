package io.trustmark.forum.web;

import io.trustmark.platform.web.BufferedResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guest page kept instead of sent, so {@link GuestPages} can keep it rendered. Headers go to the real response
 * as they are set and are noted to be sent again with the kept page; a page that set a cookie is not for
 * keeping (it was meant for one browser).
 */
final class CapturingResponse extends BufferedResponse {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean setCookie;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    boolean setCookie() {
        return setCookie;
    }

    Map<String, String> headers() {
        return headers;
    }

    @Override
    public void addCookie(Cookie cookie) {
        setCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        if (value != null) {
            headers.remove(name);
        }
        note(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        note(name, value);
        super.addHeader(name, value);
    }

    private void note(String name, String value) {
        if ("Set-Cookie".equalsIgnoreCase(name)) {
            setCookie = true;
        } else if (!"Content-Length".equalsIgnoreCase(name) && value != null) {
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
    }

    @Override
    public void reset() {
        headers.clear();
        super.reset();
    }
}
