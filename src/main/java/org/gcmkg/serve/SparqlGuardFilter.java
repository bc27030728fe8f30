package org.gcmkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.system.Txn;
import org.gcmkg.graph.Iris;
import org.gcmkg.store.StoredDataset;

/**
 * The endpoint's guard, in front of Fuseki on {@code /sparql}: refuses updates and oversized requests
 * with a clear 4xx, refuses {@code SERVICE} calls to endpoints off the allow list before execution, lowers
 * a missing or too large {@code LIMIT} to the result cap, refuses whole-graph reads larger than the cap,
 * answers the SPARQL 1.1 Service Description at the bare endpoint, and gives GET answers an ETag from the
 * dataset version (so a client or a proxy can revalidate for free: the data changes only with a rebuild).
 */
final class SparqlGuardFilter implements Filter {
    private final ServerSettings settings;
    private final ServiceAllowList allowList;
    private final Supplier<StoredDataset> current;
    private final Iris iris;
    private final ResultCache cache;

    SparqlGuardFilter(ServerSettings settings, ServiceAllowList allowList, Supplier<StoredDataset> current, Iris iris,
            ResultCache cache) {
        this.cache = cache;
        this.settings = settings;
        this.allowList = allowList;
        this.current = current;
        this.iris = iris;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            chain.doFilter(req, res);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST")) {
            refuse(response, 405, "this endpoint is read-only: " + method + " is not allowed");
            return;
        }
        String contentType = String.valueOf(request.getContentType()).toLowerCase();
        if (method.equals("POST")) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                refuse(response, 411, "a POST must state its Content-Length");
                return;
            }
            if (length > settings.maxRequestBytes()) {
                refuse(response, 413, "request of " + length + " bytes is larger than the limit of "
                        + settings.maxRequestBytes() + " bytes");
                return;
            }
        }
        if (contentType.startsWith("application/sparql-update") || request.getParameter("update") != null) {
            refuse(response, 403, "SPARQL Update is not enabled on this endpoint (it is read-only)");
            return;
        }
        if (method.equals("POST") && !contentType.startsWith("application/sparql-query")
                && !contentType.startsWith("application/x-www-form-urlencoded")) {
            refuse(response, 415, "this endpoint takes queries only (application/sparql-query or a form); "
                    + "uploads are not enabled");
            return;
        }
        String queryText;
        byte[] body = null;
        if (contentType.startsWith("application/sparql-query")) {
            body = request.getInputStream().readNBytes((int) settings.maxRequestBytes() + 1);
            queryText = new String(body, StandardCharsets.UTF_8);
        } else {
            queryText = request.getParameter("query");
        }
        if (queryText == null) {
            if (request.getQueryString() == null && !method.equals("POST")) {
                ServiceDescription.respond(request, response, iris, current.get());
                return;
            }
            if (!graphReadWithinLimit(request, response)) {
                return;
            }
            chain.doFilter(req, res);
            return;
        }
        Query query;
        try {
            query = QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            refuse(response, 400, "query does not parse: " + e.getMessage());
            return;
        } catch (StackOverflowError e) {
            // the parser descends once per level of nesting; the stack has unwound by now
            refuse(response, 400, "query is nested too deeply to parse");
            return;
        }
        int depth = expressionDepth(query);
        if (depth > MAX_EXPRESSION_DEPTH) {
            refuse(response, 400, "an expression is nested " + depth + " deep; the limit is " + MAX_EXPRESSION_DEPTH);
            return;
        }
        String refusal = serviceRefusal(query);
        if (refusal != null) {
            refuse(response, 400, refusal);
            return;
        }
        boolean rewritten = false;
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > settings.maxResultRows())) {
            query.setLimit(settings.maxResultRows());
            response.setHeader("X-Result-Limit", String.valueOf(settings.maxResultRows()));
            rewritten = true;
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            String etag = "W/\"" + current.get().version() + "-"
                    + Integer.toHexString((queryText + "|" + request.getHeader("Accept")).hashCode()) + "\"";
            response.setHeader("ETag", etag);
            response.setHeader("Cache-Control", "public, max-age=300");
            response.setHeader("Vary", "Accept, Origin");
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(304);
                return;
            }
        }
        ServletRequest forward = !rewritten && body == null ? req
                : new QueryRequest(request, rewritten ? query.serialize() : queryText, body != null);
        // answers of other endpoints are not this server's to cache
        if (cache == null || method.equals("HEAD") || !servicesCalled(query).isEmpty()) {
            chain.doFilter(forward, res);
            return;
        }
        String version = current.get().version();
        String key = String.valueOf(request.getHeader("Accept")) + "\n" + String.valueOf(request.getParameter("format"))
                + "\n" + queryText;
        ResultCache.Answer cached = cache.get(version, key);
        if (cached != null) {
            response.setStatus(200);
            response.setContentType(cached.contentType());
            response.setHeader("X-Cache", "hit");
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        response.setHeader("X-Cache", "miss");
        CapturingResponse capture = new CapturingResponse(response, cache.maxEntry());
        chain.doFilter(forward, capture);
        byte[] answer = capture.body();
        if (answer != null && capture.getStatus() == 200 && capture.getContentType() != null) {
            cache.put(version, key, new ResultCache.Answer(capture.getContentType(), answer));
        }
    }

    /** Deeper expressions are refused: evaluating them recursively would exhaust a thread's stack. */
    static final int MAX_EXPRESSION_DEPTH = 500;

    /** The deepest expression of a query (SELECT, FILTER, BIND, HAVING, ORDER BY), measured without recursion. */
    static int expressionDepth(Query query) {
        java.util.List<org.apache.jena.sparql.expr.Expr> roots = new java.util.ArrayList<>();
        if (query.isSelectType()) {
            roots.addAll(query.getProject().getExprs().values());
        }
        roots.addAll(query.getHavingExprs());
        if (query.getOrderBy() != null) {
            query.getOrderBy().forEach(c -> roots.add(c.getExpression()));
        }
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementFilter el) {
                    roots.add(el.getExpr());
                }

                @Override
                public void visit(org.apache.jena.sparql.syntax.ElementBind el) {
                    roots.add(el.getExpr());
                }
            });
        }
        int deepest = 0;
        java.util.ArrayDeque<Map.Entry<org.apache.jena.sparql.expr.Expr, Integer>> todo = new java.util.ArrayDeque<>();
        roots.forEach(e -> todo.push(Map.entry(e, 1)));
        while (!todo.isEmpty()) {
            var next = todo.pop();
            deepest = Math.max(deepest, next.getValue());
            if (deepest > MAX_EXPRESSION_DEPTH) {
                return deepest;
            }
            if (next.getKey() instanceof org.apache.jena.sparql.expr.ExprFunction f) {
                for (org.apache.jena.sparql.expr.Expr arg : f.getArgs()) {
                    todo.push(Map.entry(arg, next.getValue() + 1));
                }
            }
        }
        return deepest;
    }


    private String serviceRefusal(Query query) {
        for (Node service : servicesCalled(query)) {
            if (!service.isURI() || !allowList.allows(service.getURI())) {
                return allowList.refusal(service);
            }
        }
        return null;
    }

    /** The endpoints a query's SERVICE clauses name (IRIs or variables), in the order they appear. */
    private static java.util.List<Node> servicesCalled(Query query) {
        java.util.List<Node> services = new java.util.ArrayList<>();
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    services.add(el.getServiceNode());
                }
            });
        }
        return services;
    }

    private boolean graphReadWithinLimit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String graph = request.getParameter("graph");
        boolean whole = request.getParameter("default") != null;
        if (graph == null && !whole) {
            return true;
        }
        DatasetGraph dataset = current.get().dataset();
        long size = Txn.calculateRead(dataset, () -> {
            if (whole) {
                return current.get().triples();
            }
            Node g = NodeFactory.createURI(graph);
            return dataset.containsGraph(g) ? (long) dataset.getGraph(g).size() : 0L;
        });
        if (size > settings.maxGraphReadTriples()) {
            refuse(response, 413, "the graph holds " + size + " triples, more than the " + settings.maxGraphReadTriples()
                    + " this endpoint hands out at once; download the dumps under /download/ instead");
            return false;
        }
        return true;
    }

    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write("Error " + status + ": " + message + "\n");
    }

    /** A request whose query is given anew (a lowered LIMIT, or a body already read). */
    private static final class QueryRequest extends HttpServletRequestWrapper {
        private final String query;
        private final boolean inBody;

        QueryRequest(HttpServletRequest request, String query, boolean inBody) {
            super(request);
            this.query = query;
            this.inBody = inBody;
        }

        @Override
        public String getParameter(String name) {
            return !inBody && name.equals("query") ? query : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return !inBody && name.equals("query") ? new String[] {query} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new HashMap<>(super.getParameterMap());
            if (!inBody) {
                map.put("query", new String[] {query});
            }
            return map;
        }

        @Override
        public int getContentLength() {
            return inBody ? query.getBytes(StandardCharsets.UTF_8).length : super.getContentLength();
        }

        @Override
        public long getContentLengthLong() {
            return getContentLength();
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (!inBody) {
                return super.getInputStream();
            }
            ByteArrayInputStream in = new ByteArrayInputStream(query.getBytes(StandardCharsets.UTF_8));
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // The whole body is already in memory: it is available at once, then all read.
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }
    }
}
