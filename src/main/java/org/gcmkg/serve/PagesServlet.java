package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.network.NetworkNode;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.network.ObjectiveMatrix;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.gcmkg.query.QueryLibraryException;
import org.gcmkg.store.StoredDataset;

/**
 * The site's own pages: the landing page ({@code /}), the dataset description ({@code /.well-known/void}), the
 * network explorer and matrix. The query workbench and search have servlets of their own.
 */
final class PagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        String gcm = "https://w3id.org/gcmkg/ontology#";
        COUNTED.put("objectives", gcm + "Objective");
        COUNTED.put("reported actions", gcm + "ReportedAction");
        COUNTED.put("future goals", gcm + "FutureGoal");
        COUNTED.put("reported figures", gcm + "ReportedFigure");
        COUNTED.put("programs", gcm + "Program");
        COUNTED.put("public agencies", gcm + "PublicAgency");
        COUNTED.put("international partners", gcm + "InternationalPartner");
        COUNTED.put("places", gcm + "Place");
    }

    private final transient Supplier<StoredDataset> current;
    private final transient ServerSettings settings;
    private final transient Iris iris;
    private final transient Map<String, Map<String, Long>> countsByVersion = new ConcurrentHashMap<>();

    PagesServlet(Supplier<StoredDataset> current, ServerSettings settings, Iris iris) {
        this.current = current;
        this.settings = settings;
        this.iris = iris;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        switch (path) {
            case "/" -> landing(request, response);
            case "/.well-known/void" -> datasetDescription(request, response);
            case "/health" -> health(response);
            case "/explore" -> explore(response);
            case "/matrix" -> matrix(request, response);
            default -> Html.page(response, 404, "Not found", "<h1>Not found</h1><p>" + Html.esc(path) + "</p>");
        }
    }

    private Map<String, Long> counts(StoredDataset stored) {
        return countsByVersion.computeIfAbsent(stored.version(), v -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            Txn.executeRead(stored.dataset(), () -> COUNTED.forEach((label, type) -> {
                String q = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <" + type + "> }";
                try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(stored.dataset())).query(q).build()) {
                    counts.put(label, qe.execSelect().next().getLiteral("n").getLong());
                }
            }));
            counts.put("triples", stored.triples());
            return counts;
        });
    }

    private void landing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        StringBuilder b = new StringBuilder();
        b.append("<h1>gcmkg: what governments report doing for the Global Compact for Migration</h1>\n")
                .append("<p>A knowledge graph of government reports on the 23 objectives of the Global Compact for Safe, ")
                .append("Orderly and Regular Migration (A/RES/73/195): reported actions, programs, agencies, international ")
                .append("partners, places, figures and future goals, each traced to the sentence of the report it came from.</p>\n")
                .append("<form action=\"/search\"><input name=\"q\" size=\"40\" placeholder=\"trata de personas\"> ")
                .append("<button>Search</button></form>\n<h2>What it holds</h2>\n<table class=\"counts\">");
        counts(stored).forEach((k, v) -> b.append("<tr><td>").append(Html.esc(k)).append("</td><td>").append(v).append("</td></tr>"));
        b.append("</table>\n<h2>Query it</h2>\n<p>SPARQL endpoint: <code>").append(Html.esc(endpoint(request)))
                .append("</code> (GET or POST, SPARQL 1.1; every standard result format by <code>Accept</code>). ")
                .append("<a href=\"/query\">Open the query editor</a>.</p>\n<ul>\n");
        for (LibraryQuery q : queries()) {
            b.append("<li><a href=\"/query#").append(Html.esc(q.name())).append("\">").append(Html.esc(q.title())).append("</a></li>\n");
        }
        b.append("</ul>\n<h2>Browse</h2>\n<ul><li><a href=\"/id/gcm\">The 23 objectives</a></li>")
                .append("<li><a href=\"/ontology\">The ontology</a></li>")
                .append("<li><a href=\"/.well-known/void\">Dataset description (VoID, DCAT)</a></li></ul>\n")
                .append("<h2>Download</h2>\n<ul>");
        for (String file : Publication.FILES) {
            b.append("<li><a href=\"/download/").append(file).append("\">").append(file).append("</a></li>");
        }
        b.append("</ul>\n<p>Version ").append(stored.version()).append(". Graph under CC BY 4.0.</p>\n");
        Html.page(response, 200, "gcmkg", b.toString());
    }

    private static final String CYTOSCAPE = "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";

    /** The network explorer; everything it shows it reads with SPARQL from this server. */
    private void explore(HttpServletResponse response) throws IOException {
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
        Html.page(response, 200, "Network explorer", body);
    }

    /** Which organization acts on which objective, as a table (or CSV with {@code ?format=csv}). */
    private void matrix(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        NetworkSource source = NetworkSource.read(stored.dataset());
        String kind = request.getParameter("kind");
        List<ObjectiveMatrix.Row> rows = ObjectiveMatrix.of(source, List.of()).stream()
                .filter(r -> kind == null || kind.isEmpty() || r.organization().kind().key().equals(kind)).toList();
        java.util.SortedSet<Integer> columns = ObjectiveMatrix.columns(source, List.of());
        if ("csv".equals(request.getParameter("format"))) {
            response.setContentType("text/csv;charset=utf-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"gcmkg-matrix.csv\"");
            org.gcmkg.export.NetworkExporter.matrixCsv(rows, columns, response.getWriter());
            return;
        }
        StringBuilder b = new StringBuilder("<h1>Objective × organization</h1>\n<p>Each cell counts the programs through "
                + "which an organization acts on an objective: programs it runs, takes part in, carries out or funds. "
                + "Hover a cell for their names. <a href=\"/matrix?format=csv")
                .append(kind == null ? "" : "&amp;kind=" + Html.esc(kind)).append("\">CSV</a> · Show: ");
        b.append("<a href=\"/matrix\">all</a>");
        for (String k : List.of("agency", "partner", "domestic-partner")) {
            b.append(" · <a href=\"/matrix?kind=").append(k).append("\">").append(k).append("</a>");
        }
        b.append("</p>\n<table class=\"matrix\"><thead><tr><th>Organization</th><th>Kind</th><th>Objectives</th>");
        for (int n : columns) {
            b.append("<th class=\"o\" title=\"").append(Html.esc(objectiveLabel(source, n))).append("\">").append(n).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (ObjectiveMatrix.Row r : rows) {
            String iri = r.organization().iri();
            b.append("<tr><td><a href=\"").append(Html.esc(localPath(iri))).append("\">")
                    .append(Html.esc(r.organization().labelEs())).append("</a></td><td>")
                    .append(r.organization().kind().key()).append("</td><td class=\"n\">").append(r.objectives()).append("</td>");
            for (int n : columns) {
                int c = r.count(n);
                String names = String.join("; ", r.programs().getOrDefault(n, new java.util.TreeSet<>()).stream()
                        .map(p -> source.nodes().containsKey(p) ? source.nodes().get(p).labelEs() : p).toList());
                b.append("<td class=\"n").append(c > 0 ? " on" : "").append("\"").append(c > 0 ? " title=\"" + Html.esc(names) + "\"" : "")
                        .append(">").append(c > 0 ? String.valueOf(c) : "").append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        response.setHeader("ETag", "\"" + stored.version() + "\"");
        Html.page(response, 200, "Objective × organization", "<div class=\"wide\">" + b + "</div>");
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
            m.add(ModelFactory.createModelForGraph(stored.dataset().getGraph(NodeFactory.createURI(iris.descriptionGraph()))));
            m.setNsPrefixes(Map.of("void", "http://rdfs.org/ns/void#", "dcat", "http://www.w3.org/ns/dcat#",
                    "dcterms", "http://purl.org/dc/terms/"));
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
        response.getWriter().write("{\"status\":\"ok\",\"version\":\"" + stored.version() + "\",\"triples\":"
                + stored.triples() + "}\n");
    }
}
