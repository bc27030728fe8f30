package org.gcmkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.http.BadMessageException;
import org.gcmkg.graph.Iris;
import org.gcmkg.store.StoredDataset;

/**
 * The HTTP side of the endpoint's guard, mapped once on {@code /sparql/*} in front of Fuseki: methods, a body on
 * a GET, request sizes and media types, read-only refusals, whole-graph reads larger than the limit, and the
 * SPARQL 1.1 Service Description at the bare endpoint. Everything about the query itself is checked where
 * Fuseki parses it, in {@link GuardedQueryProcessor}; this filter only hands it the response to capture (for
 * the cache, and to keep its caching headers).
 */
final class SparqlGuardFilter implements Filter {
    private final ServerSettings settings;
    private final Supplier<StoredDataset> current;
    private final Iris iris;
    private final ResultCache cache;

    SparqlGuardFilter(ServerSettings settings, Supplier<StoredDataset> current, Iris iris, ResultCache cache) {
        this.cache = cache;
        this.settings = settings;
        this.current = current;
        this.iris = iris;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Refused refused;
        try {
            refused = refusal(request);
        } catch (BadMessageException e) {
            // a form body too slow (under the minimum data rate) or malformed
            Refusal.send(request, response, e.getCode(), "the request could not be read: " + e.getReason());
            return;
        }
        if (refused != null) {
            Refusal.send(request, response, refused.status(), refused.message());
            return;
        }
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            chain.doFilter(req, res);
            return;
        }
        String contentType = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        boolean query = contentType.startsWith("application/sparql-query") || request.getParameter("query") != null;
        if (!query) {
            if (request.getQueryString() == null && !method.equals("POST")) {
                ServiceDescription.respond(request, response, iris, current.get(), settings);
                return;
            }
            if (!graphReadWithinLimit(request, response)) {
                return;
            }
            if (request.getParameter("default") != null && !method.equals("POST")) {
                unionGraph(request, response);
                return;
            }
            chain.doFilter(req, res);
            return;
        }
        CapturingResponse capture = new CapturingResponse(response, cache == null ? 0 : cache.maxEntry());
        request.setAttribute(CapturingResponse.ATTRIBUTE, capture);
        chain.doFilter(req, capture);
    }

    private record Refused(int status, String message) {}

    /** Why the request is refused, or null. */
    private Refused refusal(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            return null;
        }
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
            return new Refused(405, "this endpoint is read-only: " + method + " is not allowed");
        }
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!method.equals("POST") && hasBody) {
            return new Refused(
                    400, "a " + method + " request carries no body; send the query in the URL (query=) or POST it");
        }
        String contentType = String.valueOf(request.getContentType()).toLowerCase(Locale.ROOT);
        if (method.equals("POST")) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                return new Refused(411, "a POST must state its Content-Length");
            }
            if (length > settings.maxRequestBytes()) {
                return new Refused(
                        413,
                        "request of " + length + " bytes is larger than the limit of " + settings.maxRequestBytes()
                                + " bytes");
            }
        }
        if (contentType.startsWith("application/sparql-update") || request.getParameter("update") != null) {
            return new Refused(403, "SPARQL Update is not enabled on this endpoint (it is read-only)");
        }
        if (method.equals("POST")
                && !contentType.startsWith("application/sparql-query")
                && !contentType.startsWith("application/x-www-form-urlencoded")) {
            return new Refused(
                    415,
                    "this endpoint takes queries only (application/sparql-query or a form); uploads are not enabled");
        }
        String charset = request.getCharacterEncoding();
        if (method.equals("POST") && charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            return new Refused(
                    415, "a query is sent in UTF-8, as SPARQL says; charset=" + charset + " is not accepted");
        }
        return null;
    }

    /**
     * The default graph by the Graph Store Protocol is the one queries see: the union of the named graphs (the
     * stored default graph is empty), as the Service Description says.
     */
    private void unionGraph(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = RdfResponses.choose(request);
        if (type == null || type.equals(RdfResponses.HTML)) {
            type = "text/turtle";
        }
        DatasetGraph dataset = current.get().dataset();
        Model union = ModelFactory.createDefaultModel();
        Txn.executeRead(
                dataset,
                () -> union.getGraph()
                        .getPrefixMapping()
                        .setNsPrefixes(dataset.prefixes().getMapping()));
        Txn.executeRead(dataset, () -> dataset.getUnionGraph().find().forEachRemaining(union.getGraph()::add));
        RdfResponses.writeRdf(response, union, type);
    }

    /** A whole-graph read (Graph Store Protocol) of any graph name is held to the limit: unknown names as the union. */
    private boolean graphReadWithinLimit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String graph = request.getParameter("graph");
        boolean whole = request.getParameter("default") != null;
        if (graph == null && !whole) {
            return true;
        }
        DatasetGraph dataset = current.get().dataset();
        long size = Txn.calculateRead(dataset, () -> {
            if (!whole) {
                Node g = NodeFactory.createURI(graph);
                if (dataset.containsGraph(g)) {
                    return (long) dataset.getGraph(g).size();
                }
            }
            return current.get().triples();
        });
        if (size > settings.maxGraphReadTriples()) {
            Refusal.send(
                    request,
                    response,
                    413,
                    "the graph holds " + size + " triples, more than the "
                            + settings.maxGraphReadTriples()
                            + " this endpoint hands out at once; download the dumps under "
                            + "/download/ instead");
            return false;
        }
        return true;
    }
}
