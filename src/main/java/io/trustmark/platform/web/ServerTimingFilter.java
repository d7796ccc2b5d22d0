package io.trustmark.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Tells how long the server worked on an admin page ({@code Server-Timing: app;dur=…, cpu;dur=…}), as
 * browsers' developer tools show it and the queue benchmark reads it. The page is buffered so that the
 * header can follow rendering; {@code cpu} is this thread's CPU time, which stays meaningful on a busy
 * machine. Only pages are buffered: a response whose content type is not HTML (a document image, a
 * download) is streamed as it is written, whatever its URL.
 */
@WebFilter(urlPatterns = "/admin/*", asyncSupported = true)
public class ServerTimingFilter extends HttpFilter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var start = System.nanoTime();
        var cpuStart = THREADS.getCurrentThreadCpuTime();
        var buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        if (buffered.passedThrough) {
            return;
        }
        buffered.flushWriter();
        if (!response.isCommitted()) {
            response.setHeader(
                    "Server-Timing",
                    String.format(
                            Locale.ROOT,
                            "app;dur=%.1f, cpu;dur=%.1f",
                            (System.nanoTime() - start) / 1e6,
                            (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6));
            response.setContentLength(buffered.bytes.size());
        }
        buffered.bytes.writeTo(response.getOutputStream());
    }

    /** Collects the page instead of sending it; redirects and errors still go straight to the client. */
    private static final class Buffered extends HttpServletResponseWrapper {

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        /** A redirect or an error page: the container answers, nothing buffered is sent. */
        boolean passedThrough;

        private PrintWriter writer;
        private ServletOutputStream stream;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!isPage()) {
                passedThrough = true;
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("buffered");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!isPage()) {
                passedThrough = true;
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, Charset.forName(getCharacterEncoding())));
            }
            return writer;
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

        /** Streams (images, downloads) set their type before writing; pages are HTML or not typed yet. */
        private boolean isPage() {
            var type = getContentType();
            return type == null || type.startsWith("text/html") || type.startsWith("application/xhtml");
        }

        @Override
        public void setContentLength(int len) {
            if (!isPage()) {
                super.setContentLength(len);
            }
            // A page's length is set once the whole page is known.
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!isPage()) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (passedThrough) {
                super.flushBuffer();
            }
            flushWriter();
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            bytes.reset();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }
    }
}
