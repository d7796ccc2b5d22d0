package io.trustmark.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept instead of sent, for a filter that must act once the whole body is known (a
 * header that follows rendering, a page kept for the next guest). An error or a redirect goes straight to the
 * client and leaves nothing kept ({@link #passedThrough()}); so does a body that {@link #keeps()} refuses (an
 * image or a download streams as it is written). The filter sends the kept body itself, with its length.
 */
public class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean passedThrough;

    public BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Whether the body written now is kept; asked when the body is first written to. */
    protected boolean keeps() {
        return true;
    }

    /** The container answered (an error, a redirect) or the body streamed: nothing kept to send. */
    public boolean passedThrough() {
        return passedThrough;
    }

    /** Flushes a writer into the kept body; call before reading it. */
    public void finish() {
        if (writer != null) {
            writer.flush();
        }
    }

    public byte[] body() {
        return body.toByteArray();
    }

    public int size() {
        return body.size();
    }

    public void writeBodyTo(OutputStream out) throws IOException {
        body.writeTo(out);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!keeps()) {
            passedThrough = true;
            return super.getOutputStream();
        }
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
                    throw new UnsupportedOperationException("kept bodies are written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!keeps()) {
            passedThrough = true;
            return super.getWriter();
        }
        if (writer == null) {
            var encoding = getCharacterEncoding();
            var charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
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

    @Override
    public void setContentLength(int len) {
        if (!keeps()) {
            super.setContentLength(len);
        }
        // A kept body's length is set when the filter sends it.
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!keeps()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (passedThrough) {
            super.flushBuffer();
        }
        // Nothing kept goes out before the body is complete.
        finish();
    }

    @Override
    public void resetBuffer() {
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        body.reset();
    }
}
