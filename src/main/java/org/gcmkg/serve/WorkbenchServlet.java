package org.gcmkg.serve;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gcmkg.graph.Prefixes;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.gcmkg.query.QueryLibraryException;
import org.gcmkg.store.StoredDataset;

/**
 * The query workbench at {@code /query}: YASGUI (the YASQE editor and the YASR results), served from its WebJar,
 * with the curated queries as searchable examples (titled and asked in the page's language), and at {@code /query/prefixes.json} the prefixes the editor
 * declares and completes, those of the published files. The page speaks the request's language ({@link PageContext});
 * its scripts take their words (keys {@code js_} and {@code chart_} of {@link Messages}) from {@code data-words}.
 */
final class WorkbenchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String YASGUI = "/webjars/zazuko__yasgui/4.5.0/build/";
    static final String PREFIXES_PATH = "/query/prefixes.json";
    /** The text-search namespace, for {@code text:query}, besides the published files' prefixes. */
    private static final String TEXT = "http://jena.apache.org/text#";

    private final transient ServerSettings settings;
    private final transient Supplier<StoredDataset> current;

    WorkbenchServlet(ServerSettings settings, Supplier<StoredDataset> current) {
        this.settings = settings;
        this.current = current;
    }

    /** The editor's prefixes: the published files' and {@code text:}, sorted by prefix. */
    static Map<String, String> prefixes() {
        Map<String, String> all = new TreeMap<>(Prefixes.all());
        all.put("text", TEXT);
        return all;
    }

    /** The PREFIX block a new query starts with. */
    static String prefixBlock() {
        return prefixes().entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals(PREFIXES_PATH)) {
            JsonObjectBuilder json = Json.createObjectBuilder();
            prefixes().forEach(json::add);
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "public, max-age=3600");
            response.getWriter().write(json.build().toString());
            return;
        }
        if (!path.equals("/query")) {
            Refusal.send(request, response, 404, "no such page: " + path);
            return;
        }
        PageContext page = PageContext.of(request, response);
        if (page == null) {
            return;
        }
        Messages msg = page.messages();
        List<LibraryQuery> queries;
        try {
            queries = QueryLibrary.load(settings.queriesDir());
        } catch (QueryLibraryException e) {
            throw new IOException(e.getMessage(), e);
        }
        Map<String, Object> scope =
                page.frame(msg.get("query_title"), current.get().release());
        scope.put("yasgui", YASGUI);
        scope.put("words", words(msg));
        scope.put("prefixesUrl", PREFIXES_PATH);
        scope.put("defaultQuery", prefixBlock() + "\nSELECT ?s ?p ?o WHERE {\n  ?s ?p ?o\n} LIMIT 10\n");
        scope.put(
                "examples",
                queries.stream().map(q -> example(q, msg, page.lang())).toList());
        scope.put("exampleCount", queries.size());
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(Templates.render("query", scope));
    }

    /** The words of the page's scripts, as a JSON object. */
    static String words(Messages msg) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        msg.all().forEach((k, v) -> {
            if (k.startsWith("js_") || k.startsWith("chart_")) {
                json.add(k, v);
            }
        });
        return json.build().toString();
    }

    /** A curated query as the example list shows it: its title and question in the page's language. */
    private static Map<String, Object> example(LibraryQuery q, Messages msg, String lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("title", q.title(lang));
        m.put("question", q.question(lang));
        m.put("columns", q.columns());
        m.put("view", q.view());
        m.put("view_name", msg.find("view_" + q.view()).orElse(q.view()));
        m.put("federated", q.isFederated());
        m.put("text", q.text());
        return m;
    }
}
