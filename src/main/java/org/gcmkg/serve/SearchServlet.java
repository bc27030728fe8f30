package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.gcmkg.graph.Iris;
import org.gcmkg.store.StoredDataset;

/**
 * The search page, {@code /search?q=…&type=…&page=…}: every resource the text index finds once, with its type,
 * a highlighted snippet and a link to its page; a filter by type with the count of each; the true total and
 * pages of {@value #PAGE_SIZE}.
 */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    private final transient Supplier<StoredDataset> current;
    private final transient Iris iris;

    SearchServlet(Supplier<StoredDataset> current, Iris iris) {
        this.current = current;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q");
        String type = request.getParameter("type") == null ? "" : request.getParameter("type");
        int page;
        try {
            page = request.getParameter("page") == null ? 1 : Integer.parseInt(request.getParameter("page"));
        } catch (NumberFormatException e) {
            Refusal.send(
                    response, 400, "page must be a whole number from 1, not \"" + request.getParameter("page") + "\"");
            return;
        }
        if (page < 1) {
            Refusal.send(response, 400, "page must be a whole number from 1, not " + page);
            return;
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("lang", "en");
        scope.put("q", q);
        scope.put("type", type);
        if (!q.isBlank()) {
            StoredDataset stored = current.get();
            List<Search.Hit> all;
            try {
                all = Search.run(stored.dataset(), q);
            } catch (IllegalArgumentException e) {
                Refusal.send(response, 400, e.getMessage());
                return;
            } catch (QueryCancelledException e) {
                Refusal.send(response, 503, "the search took longer than the query timeout; try fewer or rarer words");
                return;
            }
            List<Search.Hit> hits = type.isEmpty()
                    ? all
                    : all.stream().filter(h -> h.types().contains(type)).toList();
            int pages = Math.max(1, (hits.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (page > pages) {
                Refusal.send(response, 400, "page " + page + " is past the last page of this search, " + pages);
                return;
            }
            int from = (page - 1) * PAGE_SIZE;
            List<Search.Hit> shown = hits.subList(from, Math.min(hits.size(), from + PAGE_SIZE));
            scope.put("searched", true);
            scope.put("total", hits.size());
            scope.put("all", all.size());
            scope.put("any", !hits.isEmpty());
            scope.put("anyAll", !all.isEmpty());
            scope.put("from", hits.isEmpty() ? 0 : from + 1);
            scope.put("to", from + shown.size());
            scope.put("page", page);
            scope.put("pages", pages);
            scope.put("typeLabel", type.isEmpty() ? null : SearchHits.typeLabel(type));
            scope.put("allHref", href(q, "", 1));
            scope.put("facets", facets(q, type, all));
            scope.put("hits", new SearchHits(stored.dataset(), iris, Search.parts(q)).describe(shown));
            scope.put("prev", page > 1 ? href(q, type, page - 1) : null);
            scope.put("next", page < pages ? href(q, type, page + 1) : null);
        }
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.getWriter().write(Templates.render("search", scope));
    }

    private static List<Map<String, Object>> facets(String q, String type, List<Search.Hit> all) {
        List<Map<String, Object>> facets = new ArrayList<>();
        Search.typeCounts(all).forEach((t, n) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("label", SearchHits.typeLabel(t));
            f.put("count", n);
            f.put("href", href(q, t, 1));
            f.put("current", t.equals(type));
            facets.add(f);
        });
        return facets;
    }

    static String href(String q, String type, int page) {
        StringBuilder b = new StringBuilder("/search?q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
        if (!type.isEmpty()) {
            b.append("&type=").append(URLEncoder.encode(type, StandardCharsets.UTF_8));
        }
        if (page > 1) {
            b.append("&page=").append(page);
        }
        return b.toString();
    }
}
