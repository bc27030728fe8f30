package org.gcmkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.gcmkg.store.StoredDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's query processor with this endpoint's rules, registered for the query operation so that the query
 * it checks is the query that runs: parsed once, checked ({@link QueryChecks}), its answer computed in full
 * before a byte is sent (a timeout is then always a 503, never a cut 200), refused with a 4xx naming the limit
 * when it has more rows or triples than the endpoint hands out, and cached under a key made of the parsed query
 * and every request input that changes the answer's bytes.
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedQueryProcessor.class);
    private final ServerSettings settings;
    private final ServiceAllowList allowList;
    private final Supplier<StoredDataset> current;
    private final ResultCache cache;
    private final AnswerCaching caching;

    GuardedQueryProcessor(
            ServerSettings settings, ServiceAllowList allowList, Supplier<StoredDataset> current, ResultCache cache) {
        this.settings = settings;
        this.allowList = allowList;
        this.current = current;
        this.cache = cache;
        this.caching = new AnswerCaching(cache);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        check(query);
    }

    /** Refuses a query the endpoint does not run; the endpoints it calls by {@code SERVICE} when it may run. */
    private List<Node> check(Query query) {
        List<Node> services;
        try {
            services = QueryChecks.servicesCalled(Algebra.compile(query));
        } catch (StackOverflowError e) {
            // the stack has unwound by now
            throw Refusal.raise(400, "the query is nested too deeply to evaluate");
        }
        String refusal = QueryChecks.refusal(query, services, allowList);
        if (refusal != null) {
            throw Refusal.raise(400, refusal);
        }
        return services;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            throw Refusal.raise(400, "the query is empty");
        }
        // parsed, compiled and written out once: the checks, the cache key and the run share them
        Query query = parse(queryString);
        List<Node> services = check(query);
        String written = query.serialize(Syntax.syntaxARQ);
        String version = current.get().version();
        String key = AnswerCaching.cacheKey(action, written);
        // answers of other endpoints are not this server's to cache
        boolean cacheable = cache != null && AnswerCaching.capture(action) != null && services.isEmpty();
        if (caching.answeredFromCache(action, version, key, cacheable)) {
            return;
        }
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, runnable(query, written), "");
            try (QueryExec exec = createQueryExec(action, chosen.getRight(), chosen.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, "");
                AnswerCaching.cachingHeaders(action, version, key);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryCancelledException e) {
            action.abortSilent();
            throw e;
        } catch (ActionErrorException e) {
            action.abortSilent();
            throw e;
        } catch (StackOverflowError e) {
            action.abortSilent();
            throw Refusal.raise(400, "the query is nested too deeply to evaluate");
        } catch (BoundedStrings.TooLong e) {
            action.abortSilent();
            throw Refusal.raise(400, e.getMessage());
        } catch (RuntimeException e) {
            action.abortSilent();
            LOG.info("query refused: {}", e.toString());
            throw Refusal.raise(400, "the query cannot be evaluated: " + e.getMessage());
        } finally {
            action.endRead();
        }
        if (cacheable) {
            caching.remember(action, version, key);
        }
    }

    /** Reads a query sent as the body; a body too slow (under the minimum data rate) or cut off is a 408. */
    @Override
    protected void executeBody(HttpAction action) {
        String text;
        try (InputStream in = action.getRequestInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw Refusal.raise(
                    408,
                    "the request body did not arrive whole: it came slower than "
                            + GcmServer.MIN_REQUEST_BYTES_PER_SECOND + " bytes per second, or was cut off");
        }
        execute(text, action);
    }

    private static Query parse(String text) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (StackOverflowError e) {
            // the parser descends once per level of nesting; the stack has unwound by now
            throw Refusal.raise(400, "the query is nested too deeply to parse");
        } catch (RuntimeException e) {
            throw Refusal.raise(400, "the query does not parse: " + e.getMessage());
        }
    }

    /** The query as it runs: asked for one row more than the endpoint hands out, regular expressions stoppable. */
    private Query runnable(Query query, String written) {
        Query q =
                written.toLowerCase(Locale.ROOT).contains("regex") ? StoppableRegex.rewrite(query) : query.cloneQuery();
        if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > settings.maxResultRows())) {
            q.setLimit(settings.maxResultRows() + 1);
        }
        return q;
    }

    /** Computes the answer in full, so a timeout comes before the first byte, and refuses one over the limits. */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String log) {
        if (requestQuery.isSelectType()) {
            RowSetRewindable rows = exec.select().rewindable();
            if (rows.size() > settings.maxResultRows()) {
                throw Refusal.raise(
                        400,
                        "the answer has more than " + settings.maxResultRows() + " rows, the most this "
                                + "endpoint hands out at once; ask for pages with ORDER BY, LIMIT "
                                + settings.maxResultRows()
                                + " and OFFSET, or download the whole graph under /download/");
            }
            return new QueryExecResult(rows);
        }
        if (requestQuery.isConstructType()) {
            // built one quad at a time, so that an answer over the limit is refused before it fills the heap
            DatasetGraph answer = DatasetGraphFactory.create();
            long distinct = 0;
            for (Iterator<Quad> quads = exec.constructQuads(); quads.hasNext(); ) {
                Quad quad = quads.next();
                if (!answer.contains(quad)) {
                    answer.add(quad);
                    withinGraphLimit(++distinct);
                }
            }
            return new QueryExecResult(answer);
        }
        if (requestQuery.isDescribeType()) {
            Graph graph = exec.describe();
            withinGraphLimit(graph.size());
            return new QueryExecResult(graph);
        }
        return super.executeQuery(action, exec, requestQuery, log);
    }

    private void withinGraphLimit(long triples) {
        if (triples > settings.maxGraphReadTriples()) {
            throw Refusal.raise(
                    400,
                    "the answer has " + (triples > settings.maxGraphReadTriples() + 1 ? "" : "at least ")
                            + triples + " triples, more than the "
                            + settings.maxGraphReadTriples() + " this endpoint hands out at once; narrow the query, or "
                            + "download the whole graph under /download/");
        }
    }
}
