package io.trustmark.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        if (buffered.passedThrough()) {
            return;
        }
        buffered.finish();
        if (!response.isCommitted()) {
            response.setHeader(
                    "Server-Timing",
                    String.format(
                            Locale.ROOT,
                            "app;dur=%.1f, cpu;dur=%.1f",
                            (System.nanoTime() - start) / 1e6,
                            (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6));
            response.setContentLength(buffered.size());
        }
        buffered.writeBodyTo(response.getOutputStream());
    }

    /** Keeps the page; redirects, errors and anything that is not a page go straight to the client. */
    private static final class Buffered extends BufferedResponse {

        Buffered(HttpServletResponse response) {
            super(response);
        }

        /** Streams (images, downloads) set their type before writing; pages are HTML or not typed yet. */
        @Override
        protected boolean keeps() {
            var type = getContentType();
            return type == null || type.startsWith("text/html") || type.startsWith("application/xhtml");
        }
    }
}
