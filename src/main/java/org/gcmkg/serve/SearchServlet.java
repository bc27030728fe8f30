package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.gcmkg.graph.Iris;
import org.gcmkg.store.StoredDataset;

/**
 * The search page, {@code /search?q=…&type=…&page=…}: every resource the text index finds once, with its type,
 * a highlighted snippet and a link to its page; a filter by type with the count of each; the true total and
 * pages of {@value #PAGE_SIZE}. It speaks the request's language ({@link PageContext}): its words, the type
 * names (the ontology's labels) and the hits' labels, in the other language where one has none.
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
        StoredDataset stored = current.get();
        PageContext page = PageContext.of(request, response);
        if (page == null) {
            return;
        }
        Messages msg = page.messages();
        String q = request.getParameter("q") == null ? "" : request.getParameter("q");
        String type = request.getParameter("type") == null ? "" : request.getParameter("type");
        Map<String, Object> scope =
                page.frame(q.isBlank() ? msg.get("search_title") : msg.format("search_title_q", q), stored.release());
        scope.put("q", q);
        scope.put("type", type);
        int number;
        try {
            number = request.getParameter("page") == null ? 1 : Integer.parseInt(request.getParameter("page"));
        } catch (NumberFormatException e) {
            send(response, 400, scope, msg.format("search_error_page", request.getParameter("page")));
            return;
        }
        if (number < 1) {
            send(response, 400, scope, msg.format("search_error_page", number));
            return;
        }
        if (!q.isBlank()) {
            List<Search.Hit> all;
            try {
                all = Search.run(stored.dataset(), q);
            } catch (IllegalArgumentException e) {
                send(response, 400, scope, msg.format("search_error_words", Search.MAX_WORDS));
                return;
            } catch (QueryCancelledException e) {
                send(response, 503, scope, msg.get("search_error_timeout"));
                return;
            }
            List<Search.Hit> hits = type.isEmpty()
                    ? all
                    : all.stream().filter(h -> h.types().contains(type)).toList();
            int pages = Math.max(1, (hits.size() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (number > pages) {
                send(response, 400, scope, msg.format("search_error_past", number, pages));
                return;
            }
            SearchHits described = new SearchHits(stored.dataset(), iris, Search.parts(q), msg);
            int from = (number - 1) * PAGE_SIZE;
            List<Search.Hit> shown = hits.subList(from, Math.min(hits.size(), from + PAGE_SIZE));
            scope.put("searched", true);
            scope.put("total", hits.size());
            String found = type.isEmpty()
                    ? msg.get("search_found")
                    : msg.format("search_found_type", described.typeLabel(type));
            scope.put(
                    "found",
                    hits.isEmpty() ? found : found + msg.format("search_shown", from + 1, from + shown.size()));
            scope.put("all", all.size());
            scope.put("anyAll", !all.isEmpty());
            scope.put("from", hits.isEmpty() ? 0 : from + 1);
            scope.put("page_of", msg.format("search_page_of", number, pages));
            scope.put("allHref", href(q, "", 1));
            scope.put("facets", facets(q, type, all, described));
            scope.put("hits", described.describe(shown));
            scope.put("prev", number > 1 ? href(q, type, number - 1) : null);
            scope.put("next", number < pages ? href(q, type, number + 1) : null);
        }
        send(response, 200, scope, null);
    }

    /** The page, with an error said in its place of the hits when there is one. */
    private static void send(HttpServletResponse response, int status, Map<String, Object> scope, String error)
            throws IOException {
        scope.put("error", error);
        response.setStatus(status);
        if (error != null) {
            response.setHeader("Cache-Control", "no-store");
        }
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(Templates.render("search", scope));
    }

    private static List<Map<String, Object>> facets(String q, String type, List<Search.Hit> all, SearchHits described) {
        List<Map<String, Object>> facets = new ArrayList<>();
        Search.typeCounts(all)
                .forEach((t, n) -> facets.add(Map.of(
                        "label",
                        described.typeLabel(t),
                        "count",
                        n,
                        "href",
                        href(q, t, 1),
                        "current",
                        t.equals(type))));
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
