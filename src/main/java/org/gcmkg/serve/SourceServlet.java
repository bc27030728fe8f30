package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gcmkg.store.StoredDataset;

/**
 * {@code /source/{file}}: a report as it was read, line by line with anchors ({@code #L42}), so a quoted
 * sentence links to its place in the report, framed in the request's language ({@link PageContext}); the
 * report's own text stays Spanish. {@code ?raw} gives the file's bytes.
 */
final class SourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient List<Path> reports;
    private final transient Supplier<StoredDataset> current;

    SourceServlet(List<Path> reports, Supplier<StoredDataset> current) {
        this.reports = List.copyOf(reports);
        this.current = current;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = StaticResourceServlet.pathAfter(request, "/source/");
        Path file = reports.stream()
                .filter(r -> r.getFileName().toString().equals(name))
                .findFirst()
                .orElse(null);
        if (file != null && request.getParameter("raw") != null) {
            response.setContentType("text/markdown;charset=utf-8");
            response.getOutputStream().write(Files.readAllBytes(file));
            return;
        }
        PageContext page = PageContext.of(request, response);
        if (page == null) {
            return;
        }
        Messages msg = page.messages();
        response.setContentType("text/html;charset=utf-8");
        if (file == null) {
            Map<String, Object> scope =
                    page.frame(msg.get("not_found"), current.get().release());
            scope.put("missing", msg.format("source_missing", name));
            response.setStatus(404);
            response.getWriter().write(Templates.render("source", scope));
            return;
        }
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Map<String, Object>> lines = new ArrayList<>(text.size());
        for (int i = 0; i < text.size(); i++) {
            lines.add(Map.of("n", i + 1, "text", text.get(i)));
        }
        Map<String, Object> scope = page.frame(name, current.get().release());
        scope.put("name", name);
        scope.put("report", true);
        scope.put("report_lines", lines);
        scope.put("line_count", msg.format("source_lines", text.size()));
        response.setStatus(200);
        response.getWriter().write(Templates.render("source", scope));
    }
}
