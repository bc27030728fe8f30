package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code /source/{file}}: a report as it was read, line by line with anchors ({@code #L42}), so a quoted
 * sentence links to its place in the report. {@code ?raw} gives the file's bytes.
 */
final class SourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient List<Path> reports;

    SourceServlet(List<Path> reports) {
        this.reports = List.copyOf(reports);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = StaticResourceServlet.pathAfter(request, "/source/");
        Path file = reports.stream()
                .filter(r -> r.getFileName().toString().equals(name))
                .findFirst()
                .orElse(null);
        if (file == null) {
            Refusal.send(response, 404, "no report " + name + " is served here");
            return;
        }
        if (request.getParameter("raw") != null) {
            response.setContentType("text/markdown;charset=utf-8");
            response.getOutputStream().write(Files.readAllBytes(file));
            return;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder("<h1>")
                .append(Html.esc(name))
                .append("</h1>\n<p><a href=\"?raw\">raw file</a></p>\n<pre class=\"source\" lang=\"es\">");
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            b.append("<span class=\"line\" id=\"L")
                    .append(n)
                    .append("\"><a class=\"n\" href=\"#L")
                    .append(n)
                    .append("\">")
                    .append(n)
                    .append("</a>")
                    .append(Html.esc(lines.get(i)))
                    .append("</span>");
        }
        b.append("</pre>\n");
        Html.page(response, 200, name, b.toString());
    }
}
