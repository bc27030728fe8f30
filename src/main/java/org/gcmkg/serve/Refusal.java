package org.gcmkg.serve;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The one way the endpoint says no: a status and a plain-text body {@code Error <status>: <message>} that names
 * the problem, from a servlet filter (written at once) or from inside Fuseki (thrown, and written by Fuseki).
 */
final class Refusal {
    /**
     * The most of a refused request's body read and dropped after the answer ({@link #send}), 16 MiB: sixteen
     * times the default request limit. A body declared larger is not read at all.
     */
    static final long DRAIN_BYTES = 16L << 20;

    /** The longest a refused request's body is read for after the answer. */
    static final Duration DRAIN_TIME = Duration.ofSeconds(5);

    private Refusal() {}

    /** The body of a refusal. */
    static String text(int status, String message) {
        return "Error " + status + ": " + message + "\n";
    }

    /**
     * Writes a refusal from a filter or servlet, before the request's body is read (a body too large, of the
     * wrong type, on a GET), and closes the connection after it; the answer says so, for a client must not send
     * its next request on it.
     *
     * <p>The body still on its way is then read and dropped, up to {@link #DRAIN_BYTES} and for at most {@link
     * #DRAIN_TIME} (what web servers call a lingering close). A connection closed with unread data is reset, and a
     * client that sends its whole body before it reads the answer, as most do, then sees a broken connection
     * instead of the refusal; draining lets it finish sending and read why. A body declared larger than the
     * bound, or slower than the server's minimum data rate, is not waited for.
     */
    static void send(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        byte[] body = text(status, message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
        drain(request);
    }

    private static void drain(HttpServletRequest request) {
        if (request.getContentLengthLong() > DRAIN_BYTES) {
            return;
        }
        long deadline = System.nanoTime() + DRAIN_TIME.toNanos();
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        try {
            ServletInputStream in = request.getInputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read += n;
                if (read > DRAIN_BYTES || System.nanoTime() > deadline) {
                    return;
                }
            }
        } catch (IOException | IllegalStateException | BadMessageException e) {
            // the body was read already (a form), or its sender gave up or was cut off: nothing more to drop
        }
    }

    /** A refusal to throw from inside Fuseki's processing, which writes it. */
    static ActionErrorException raise(int status, String message) {
        return new ActionErrorException(status, text(status, message), null);
    }
}
