package org.gcmkg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response that passes everything through and keeps a copy of the body, up to a limit, so that the answer
 * can be cached once it is complete. The guard wraps query requests in one and hands it to the query processor
 * as the request attribute {@value #ATTRIBUTE}; a write that failed (the client left) spoils the copy.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    /** The request attribute under which the processor finds the capture. */
    static final String ATTRIBUTE = "org.gcmkg.serve.capture";

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final long limit;
    private boolean overflow;
    private boolean failed;
    private boolean pinned;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    /**
     * Sets the caching headers of an answer for good: Fuseki marks every answer {@code no-cache} as it starts
     * writing, which would make a computed answer's headers differ from a cached one's.
     */
    void pinCaching(String cacheControl) {
        super.setHeader("Cache-Control", cacheControl);
        super.setHeader("Pragma", null);
        pinned = true;
    }

    @Override
    public void setHeader(String name, String value) {
        if (!(pinned && isCaching(name))) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!(pinned && isCaching(name))) {
            super.addHeader(name, value);
        }
    }

    /** JSON-LD under its registered name: Jena labels JSON-LD 1.1 {@code x/ld-json-11}, which no client knows. */
    @Override
    public void setContentType(String type) {
        super.setContentType(type != null && type.startsWith("x/ld-json") ? "application/ld+json" : type);
    }

    private static boolean isCaching(String name) {
        return name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Pragma");
    }

    /** The body, or null when it grew beyond the limit or a write failed. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return overflow || failed ? null : copy.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    boolean written = false;
                    try {
                        out.write(b, off, len);
                        written = true;
                    } finally {
                        failed |= !written;
                    }
                    keep(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    boolean flushed = false;
                    try {
                        out.flush();
                        flushed = true;
                    } finally {
                        failed |= !flushed;
                    }
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    private void keep(byte[] b, int off, int len) {
        if (overflow) {
            return;
        }
        if (copy.size() + len > limit) {
            overflow = true;
            copy.reset();
            return;
        }
        copy.write(b, off, len);
    }
}
