package io.trustmark.forum.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response whose body is kept instead of sent, so {@link GuestPages} can keep a rendered page. Headers go to
 * the real response as they are set (and are noted); an error or a redirect goes straight through and leaves
 * nothing to keep.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    private final Map<String, String> headers = new LinkedHashMap<>();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean passedThrough;
    private boolean setCookie;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    boolean passedThrough() {
        return passedThrough;
    }

    boolean setCookie() {
        return setCookie;
    }

    Map<String, String> headers() {
        return headers;
    }

    byte[] body() {
        return body.toByteArray();
    }

    void finish() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** Sends what was kept as it is (a page that is not to be kept). */
    void writeTo(HttpServletResponse response) throws IOException {
        response.getOutputStream().write(body.toByteArray());
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        passedThrough = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        passedThrough = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
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
    public void setContentLength(int len) {
        // The length is the kept body's, set when it is sent.
    }

    @Override
    public void setContentLengthLong(long len) {
        // As above.
    }

    @Override
    public void flushBuffer() {
        // Nothing goes out before the page is complete.
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        body.reset();
        headers.clear();
        super.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking only");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            var encoding = getCharacterEncoding();
            var charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }
}
