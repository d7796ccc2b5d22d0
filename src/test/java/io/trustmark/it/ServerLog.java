package io.trustmark.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * What the server logs while a test runs. Payara Micro's output reaches the test JVM line by line through
 * System.out (the Arquillian container prints it), so everything the server writes from {@link #start()} to
 * {@link #close()} is captured here while the console keeps its output.
 */
final class ServerLog implements AutoCloseable {

    private final PrintStream original = System.out;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private ServerLog() {
        System.setOut(new PrintStream(new TeeStream(original, captured), true, StandardCharsets.UTF_8));
    }

    static ServerLog start() {
        return new ServerLog();
    }

    /** What was captured so far. */
    String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits (up to {@code wait}) until the log holds a match of {@code pattern}; whether it came. */
    boolean awaits(Pattern pattern, Duration wait) throws InterruptedException {
        var deadline = System.nanoTime() + wait.toNanos();
        while (!pattern.matcher(text()).find()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    @Override
    public void close() {
        System.setOut(original);
    }

    /** Writes to both streams: the console keeps its output while the test reads it. */
    private static final class TeeStream extends OutputStream {

        private final OutputStream first;
        private final ByteArrayOutputStream second;

        TeeStream(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            synchronized (second) {
                second.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            first.write(bytes, offset, length);
            synchronized (second) {
                second.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            first.flush();
        }
    }
}
