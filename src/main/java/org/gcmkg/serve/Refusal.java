package org.gcmkg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.ActionErrorException;

/**
 * The one way the endpoint says no: a status and a plain-text body {@code Error <status>: <message>} that names
 * the problem, from a servlet filter (written at once) or from inside Fuseki (thrown, and written by Fuseki).
 */
final class Refusal {
    private Refusal() {}

    /** The body of a refusal. */
    static String text(int status, String message) {
        return "Error " + status + ": " + message + "\n";
    }

    /**
     * Writes a refusal from a filter. The request's body may be left unread (a body too large, of the wrong type,
     * on a GET), so the connection is closed after the answer, and the answer says so: a client must not send
     * its next request on a connection the server is about to drop.
     */
    static void send(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = text(status, message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A refusal to throw from inside Fuseki's processing, which writes it. */
    static ActionErrorException raise(int status, String message) {
        return new ActionErrorException(status, text(status, message), null);
    }
}
