package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.gcmkg.graph.Publication;
import org.gcmkg.store.StoredDataset;

/**
 * {@code /download/{file}}: the published dumps of the live build (Turtle, N-Triples, TriG, JSON-LD), under a
 * stable name that always gives the latest ({@code gcmkg.ttl}) and under a versioned name
 * ({@code gcmkg-0.1.0+data.0123456789ab.ttl}) that gives exactly that version or a 404 once another is served.
 * Either way the file is saved under its versioned name.
 */
final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<StoredDataset> current;

    DownloadServlet(Supplier<StoredDataset> current) {
        this.current = current;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String asked = StaticResourceServlet.pathAfter(request, "/download/");
        StoredDataset stored = current.get();
        String name = fileFor(asked, stored.release());
        if (name == null) {
            Refusal.send(
                    request,
                    response,
                    404,
                    "no download " + asked + "; this server holds version " + stored.release()
                            + ": " + Publication.FILES + " (always the latest) or the same names with -"
                            + stored.release()
                            + " before the extension");
            return;
        }
        Path file = stored.dumps().resolve(name);
        response.setContentType(
                switch (name.substring(name.lastIndexOf('.') + 1)) {
                    case "ttl" -> "text/turtle;charset=utf-8";
                    case "nt" -> "application/n-triples;charset=utf-8";
                    case "trig" -> "application/trig;charset=utf-8";
                    default -> "application/ld+json;charset=utf-8";
                });
        response.setContentLengthLong(Files.size(file));
        String etag = "\"" + stored.version() + "-" + name + "\"";
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + Publication.versioned(name, stored.release()) + "\"");
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file, out);
        }
    }

    /** The published file a requested name stands for in version {@code version}, or null. */
    static String fileFor(String asked, String version) {
        for (String file : Publication.FILES) {
            if (file.equals(asked) || Publication.versioned(file, version).equals(asked)) {
                return file;
            }
        }
        return null;
    }
}
