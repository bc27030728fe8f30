package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.graph.Iris;
import org.gcmkg.network.NetworkNode;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.network.ObjectiveMatrix;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.gcmkg.query.QueryLibraryException;
import org.gcmkg.store.StoredDataset;

/**
 * The site's own pages: the landing page ({@code /}, {@link LandingPage}), the explorer and matrix, and the
 * dataset description ({@code /.well-known/void}). The query workbench and search have servlets of their own.
 */
final class PagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<StoredDataset> current;
    private final transient ServerSettings settings;
    private final transient Iris iris;
    private final transient LandingPage landing;

    PagesServlet(Supplier<StoredDataset> current, ServerSettings settings, Iris iris, LandingPage landing) {
        this.current = current;
        this.settings = settings;
        this.iris = iris;
        this.landing = landing;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        switch (path) {
            case "/" -> landing(request, response);
            case "/.well-known/void" -> datasetDescription(request, response);
            case "/health" -> health(response);
            case "/explore" -> explore(request, response);
            case "/matrix" -> matrix(request, response);
            default -> Html.page(response, 404, "Not found", "<h1>Not found</h1><p>" + Html.esc(path) + "</p>");
        }
    }

    private void landing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        PageContext page = PageContext.of(request, response);
        if (page == null || page.notModified(response, stored.version(), RdfResponses.HTML)) {
            return;
        }
        Map<String, Object> scope = page.frame("gcmkg", stored.release());
        scope.putAll(landing.scope(page, stored, queries(), endpoint(request)));
        response.setStatus(200);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(Templates.render("landing", scope));
    }

    private static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

    /** The network explorer; everything it shows it reads with SPARQL from this server. */
    private void explore(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        PageContext page = PageContext.of(request, response);
        if (page == null || page.notModified(response, stored.version(), RdfResponses.HTML)) {
            return;
        }
        String body = """
                <div id="explorer" data-endpoint="/sparql" data-base="%s" data-projection="%s">
                <aside class="controls">
                <h1>Network explorer</h1>
                <p class="counts-line"><span id="node-count">0</span> nodes, <span id="edge-count">0</span> edges shown</p>
                <form id="search-form"><label>Find <input id="search" type="search" placeholder="UNICEF, INM, Grupos Beta"></label>
                <button id="search-button">Find</button></form>
                <label>Objective <select id="objective"><option value="">All 23 objectives</option></select></label>
                <label>Partner <select id="partner"><option value="">Any partner</option></select></label>
                <label>Size by <select id="measure"></select></label>
                <label>Layout <select id="layout"><option value="cose">Force-directed (cose)</option>
                <option value="concentric">Concentric by measure</option><option value="breadthfirst">Breadth-first</option>
                <option value="circle">Circle</option><option value="grid">Grid</option></select></label>
                <h2>Kinds</h2><ul id="legend"></ul>
                <p><button id="download-png" type="button">Download PNG</button>
                <button id="download-graphml" type="button">Download GraphML</button></p>
                <p><a id="share" href="">Link to this view</a> · <button id="reset" type="button">Reset</button></p>
                <p id="status" role="status"></p>
                <p><a href="/matrix">Objective × organization matrix</a></p>
                </aside>
                <div id="cy" aria-label="network of programs, organizations, objectives and places"></div>
                <aside id="details"><p>Click a node, or find one by name, to see its figures and the sentences of the
                report it comes from.</p></aside>
                </div>
                <script src="%s"></script>
                <script src="/static/explore.js"></script>
                """.formatted(Html.esc(iris.base()), Html.esc(iris.networkProjection("full")), CYTOSCAPE);
        Html.page(response, page, "Network explorer", body, stored.release());
    }

    /** Which organization acts on which objective, as a table (or CSV with {@code ?format=csv}). */
    private void matrix(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        PageContext page = PageContext.of(request, response);
        if (page == null
                || page.notModified(response, stored.version(), String.valueOf(request.getParameter("format")))) {
            return;
        }
        NetworkSource source = NetworkSource.read(stored.dataset());
        String kind = request.getParameter("kind");
        List<ObjectiveMatrix.Row> rows = ObjectiveMatrix.of(source, List.of()).stream()
                .filter(r -> kind == null
                        || kind.isEmpty()
                        || r.organization().kind().key().equals(kind))
                .toList();
        java.util.SortedSet<Integer> columns = ObjectiveMatrix.columns(source, List.of());
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv;charset=utf-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"gcmkg-matrix.csv\"");
            org.gcmkg.export.NetworkExporter.matrixCsv(rows, columns, response.getWriter());
            return;
        }
        StringBuilder b = new StringBuilder(
                        "<h1>Objective × organization</h1>\n<p>Each cell counts the programs through "
                                + "which an organization acts on an objective: programs it runs, takes part in, carries out or funds. "
                                + "Hover a cell for their names. <a href=\"/matrix?format=csv")
                .append(kind == null ? "" : "&amp;kind=" + Html.esc(kind))
                .append("\">CSV</a> · Show: ");
        b.append("<a href=\"/matrix\">all</a>");
        for (String k : List.of("agency", "partner", "domestic-partner")) {
            b.append(" · <a href=\"/matrix?kind=")
                    .append(k)
                    .append("\">")
                    .append(k)
                    .append("</a>");
        }
        b.append("</p>\n<table class=\"matrix\"><thead><tr><th>Organization</th><th>Kind</th><th>Objectives</th>");
        for (int n : columns) {
            b.append("<th class=\"o\" title=\"")
                    .append(Html.esc(objectiveLabel(source, n)))
                    .append("\">")
                    .append(n)
                    .append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (ObjectiveMatrix.Row r : rows) {
            String iri = r.organization().iri();
            b.append("<tr><td><a href=\"")
                    .append(Html.esc(localPath(iri)))
                    .append("\">")
                    .append(Html.esc(r.organization().labelEs()))
                    .append("</a></td><td>")
                    .append(r.organization().kind().key())
                    .append("</td><td class=\"n\">")
                    .append(r.objectives())
                    .append("</td>");
            for (int n : columns) {
                int c = r.count(n);
                String names = String.join(
                        "; ",
                        r.programs().getOrDefault(n, new java.util.TreeSet<>()).stream()
                                .map(p -> source.nodes().containsKey(p)
                                        ? source.nodes().get(p).labelEs()
                                        : p)
                                .toList());
                b.append("<td class=\"n")
                        .append(c > 0 ? " on" : "")
                        .append("\"")
                        .append(c > 0 ? " title=\"" + Html.esc(names) + "\"" : "")
                        .append(">")
                        .append(c > 0 ? String.valueOf(c) : "")
                        .append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        Html.page(response, page, "Objective × organization", "<div class=\"wide\">" + b + "</div>", stored.release());
    }

    private static String objectiveLabel(NetworkSource source, int n) {
        NetworkNode objective = source.nodes().get(source.objectiveIri(n));
        return objective == null ? "objective " + n : objective.labelEn();
    }

    private String localPath(String iri) {
        return iri.startsWith(iris.base()) ? "/" + iri.substring(iris.base().length()) : iri;
    }

    private static String endpoint(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + "/sparql";
    }

    private List<LibraryQuery> queries() throws IOException {
        try {
            return QueryLibrary.load(settings.queriesDir());
        } catch (QueryLibraryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void datasetDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        Model description = Txn.calculateRead(stored.dataset(), () -> {
            Model m = ModelFactory.createDefaultModel();
            m.add(ModelFactory.createModelForGraph(
                    stored.dataset().getGraph(NodeFactory.createURI(iris.descriptionGraph()))));
            m.setNsPrefixes(Map.of(
                    "void",
                    "http://rdfs.org/ns/void#",
                    "dcat",
                    "http://www.w3.org/ns/dcat#",
                    "dcterms",
                    "http://purl.org/dc/terms/"));
            return m;
        });
        String type = RdfResponses.choose(request);
        if (RdfResponses.HTML.equals(type)) {
            response.sendRedirect("/" + iris.dataset().substring(iris.base().length()));
            return;
        }
        RdfResponses.writeRdf(response, description, type == null ? "text/turtle" : type);
    }

    private void health(HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        response.setContentType("application/json");
        response.getWriter()
                .write("{\"status\":\"ok\",\"version\":\"" + stored.release() + "\",\"triples\":" + stored.triples()
                        + "}\n");
    }
}
