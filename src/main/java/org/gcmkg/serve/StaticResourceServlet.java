package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Serves files from the classpath: the site's own CSS and scripts, and the WebJars (YASGUI, cytoscape) that Maven
 * resolved, so no page needs a CDN.
 */
final class StaticResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final String urlPrefix;
    private final String classpathPrefix;

    StaticResourceServlet(String urlPrefix, String classpathPrefix) {
        this.urlPrefix = urlPrefix;
        this.classpathPrefix = classpathPrefix;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = pathAfter(request, urlPrefix);
        if (rest.contains("..") || rest.contains("//")) {
            Refusal.send(request, response, 400, "bad path");
            return;
        }
        try (InputStream in =
                StaticResourceServlet.class.getClassLoader().getResourceAsStream(classpathPrefix + rest)) {
            if (in == null || rest.endsWith("/") || rest.isEmpty()) {
                Refusal.send(request, response, 404, "no such file: " + request.getRequestURI());
                return;
            }
            response.setContentType(contentType(rest));
            response.setHeader("Cache-Control", "public, max-age=86400");
            try (OutputStream out = response.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    /** The request's path after a servlet's prefix ({@code /static/}), empty when it is the bare prefix. */
    static String pathAfter(HttpServletRequest request, String prefix) {
        String uri = request.getRequestURI();
        return uri.length() > prefix.length() ? uri.substring(prefix.length()) : "";
    }

    static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css;charset=utf-8";
        } else if (name.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        } else if (name.endsWith(".html")) {
            return "text/html;charset=utf-8";
        } else if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "application/octet-stream";
    }
}
