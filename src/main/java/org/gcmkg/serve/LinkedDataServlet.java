package org.gcmkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.graph.Prefixes;
import org.gcmkg.store.StoredDataset;
import org.gcmkg.vocab.GCM;

/**
 * Dereferences the graph's IRIs: a path under this server stands for the same path under the data base,
 * {@code /ontology} for the ontology and {@code /sdg/…} for the UN's SDG concepts ({@link LocalPaths}).
 * Browsers get a page in English or Spanish ({@link PageContext}) titled with the resource's label, every link
 * showing a label; an objective's page is a summary ({@link ObjectivePage}); RDF clients get Turtle, JSON-LD,
 * N-Triples or RDF/XML. Every answer has an ETag and a matching {@code If-None-Match} gets 304.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_INCOMING = 500;

    private final transient Supplier<StoredDataset> current;
    private final transient LocalPaths paths;
    /** Extra values for a resource's page (the dataset's citation), by IRI; null when none. */
    private final transient BiFunction<String, StoredDataset, Map<String, Object>> extras;

    LinkedDataServlet(
            Supplier<StoredDataset> current,
            String base,
            BiFunction<String, StoredDataset, Map<String, Object>> extras) {
        this.current = current;
        this.paths = new LocalPaths(base);
        this.extras = extras;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        String iri = paths.iriOf(path);
        StoredDataset stored = current.get();
        String type = RdfResponses.choose(request);
        if (type == null) {
            Refusal.send(request, response, 406, "no acceptable representation of " + iri);
            return;
        }
        if (!type.equals(RdfResponses.HTML)) {
            response.setHeader("Vary", "Accept");
            String etag = "W/\"" + stored.version() + "-" + Integer.toHexString((path + " " + type).hashCode()) + "\"";
            response.setHeader("ETag", etag);
            if (PageContext.matches(request.getHeader("If-None-Match"), etag)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            Txn.executeRead(stored.dataset(), () -> rdf(request, response, stored.dataset(), path, iri, type));
            return;
        }
        PageContext page = PageContext.of(request, response);
        if (page == null || page.notModified(response, stored.version(), type)) {
            return;
        }
        Txn.executeRead(stored.dataset(), () -> html(response, page, stored, iri));
    }

    private void rdf(
            HttpServletRequest request,
            HttpServletResponse response,
            DatasetGraph dataset,
            String path,
            String iri,
            String type) {
        try {
            Node node = NodeFactory.createURI(iri);
            boolean isGraph = dataset.containsGraph(node);
            Model out = ModelFactory.createDefaultModel();
            if (isGraph && (path.startsWith("/graph/") || iri.equals(GCM.ONTOLOGY_IRI))) {
                // A copy: the store is read-only here, and setting prefixes on its graph would write.
                GraphUtil.addInto(out.getGraph(), dataset.getGraph(node));
            } else {
                dataset.find(Node.ANY, node, Node.ANY, Node.ANY)
                        .forEachRemaining(q -> out.getGraph().add(q.asTriple()));
                var it = dataset.find(Node.ANY, Node.ANY, Node.ANY, node);
                for (int n = 0; it.hasNext() && n < MAX_INCOMING; n++) {
                    out.getGraph().add(it.next().asTriple());
                }
            }
            if (out.isEmpty() && !isGraph) {
                Refusal.send(request, response, 404, "no resource " + iri + " in the graph");
                return;
            }
            Prefixes.apply(out.getGraph().getPrefixMapping());
            RdfResponses.writeRdf(response, out, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void html(HttpServletResponse response, PageContext page, StoredDataset stored, String iri) {
        DatasetGraph dataset = stored.dataset();
        Node subject = NodeFactory.createURI(iri);
        boolean known = dataset.contains(Node.ANY, subject, Node.ANY, Node.ANY)
                || dataset.contains(Node.ANY, Node.ANY, Node.ANY, subject)
                || dataset.containsGraph(subject);
        response.setContentType("text/html;charset=utf-8");
        try {
            if (!known) {
                response.setStatus(404);
                Map<String, Object> scope = page.frame(page.messages().get("not_found"), stored.release());
                scope.put("iri", iri);
                response.getWriter().write(Templates.render("notfound", scope));
                return;
            }
            Labels labels = new Labels(dataset, page.messages());
            ResourcePage resource = new ResourcePage(dataset, labels, paths);
            Map<String, Object> scope = page.frame("", stored.release());
            scope.putAll(resource.scope(subject));
            scope.put("objective", new ObjectivePage(dataset, labels, resource).scope(subject));
            Map<String, Object> extra = extras.apply(iri, stored);
            if (extra != null) {
                scope.putAll(extra);
            }
            response.setStatus(200);
            response.getWriter().write(Templates.render("resource", scope));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
