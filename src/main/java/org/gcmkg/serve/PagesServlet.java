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
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.gcmkg.query.QueryLibraryException;
import org.gcmkg.store.StoredDataset;

/**
 * The site's own pages: the landing page ({@code /}, {@link LandingPage}), the explorer ({@link ExplorerPage})
 * and matrix ({@link MatrixPage}), and the dataset description ({@code /.well-known/void}). The query workbench
 * and search have servlets of their own.
 */
final class PagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<StoredDataset> current;
    private final transient ServerSettings settings;
    private final transient Iris iris;
    private final transient LandingPage landing;
    private final transient ExplorerPage explorer;
    private final transient MatrixPage matrix;

    PagesServlet(Supplier<StoredDataset> current, ServerSettings settings, Iris iris, LandingPage landing) {
        this.current = current;
        this.settings = settings;
        this.iris = iris;
        this.landing = landing;
        this.explorer = new ExplorerPage(iris);
        this.matrix = new MatrixPage(new LocalPaths(iris.base()));
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
            default -> notFound(request, response, path);
        }
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        PageContext page = PageContext.of(request, response);
        if (page == null) {
            return;
        }
        Map<String, Object> scope =
                page.frame(page.messages().get("not_found"), current.get().release());
        scope.put("iri", path);
        scope.put("reason", page.messages().get("not_found_path"));
        response.setStatus(404);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(Templates.render("notfound", scope));
    }

    private void landing(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        PageContext page = PageContext.of(request, response);
        if (page == null || page.notModified(response, stored.version(), RdfResponses.HTML)) {
            return;
        }
        Map<String, Object> scope = page.frame("gcmkg", stored.release());
        scope.putAll(landing.scope(page, stored, queries(), endpoint(request)));
        render(response, "landing", scope);
    }

    /** The network explorer; the nodes, edges and measures it draws it reads with SPARQL from this server. */
    private void explore(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        PageContext page = PageContext.of(request, response);
        if (page == null || page.notModified(response, stored.version(), RdfResponses.HTML)) {
            return;
        }
        Map<String, Object> scope = page.frame(page.messages().get("explore_title"), stored.release());
        scope.putAll(explorer.scope(page, stored));
        render(response, "explore", scope);
    }

    /** Which organization acts on which objective, as a table (or CSV with {@code ?format=csv}). */
    private void matrix(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StoredDataset stored = current.get();
        PageContext page = PageContext.of(request, response);
        if (page == null
                || page.notModified(response, stored.version(), String.valueOf(request.getParameter("format")))) {
            return;
        }
        String kind = request.getParameter("kind");
        if (!MatrixPage.knownKind(kind)) {
            Refusal.send(request, response, 400, "kind must be agency, partner or domestic-partner");
            return;
        }
        if ("csv".equals(request.getParameter("format"))) {
            MatrixPage.csv(stored, kind, response);
            return;
        }
        Map<String, Object> scope = page.frame(page.messages().get("matrix_title"), stored.release());
        scope.putAll(matrix.scope(page, stored, kind));
        render(response, "matrix", scope);
    }

    private static void render(HttpServletResponse response, String template, Map<String, Object> scope)
            throws IOException {
        response.setStatus(200);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(Templates.render(template, scope));
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
