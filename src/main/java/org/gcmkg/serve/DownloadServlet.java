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

/** {@code /download/{file}}: the published dumps of the live build (Turtle, N-Triples, TriG, JSON-LD). */
final class DownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<StoredDataset> current;

    DownloadServlet(Supplier<StoredDataset> current) {
        this.current = current;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = StaticResourceServlet.pathAfter(request, "/download/");
        if (!Publication.FILES.contains(name)) {
            Refusal.send(response, 404, "no download " + name + "; there are " + Publication.FILES);
            return;
        }
        StoredDataset stored = current.get();
        Path file = stored.dumps().resolve(name);
        response.setContentType(switch (name.substring(name.lastIndexOf('.') + 1)) {
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
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}
