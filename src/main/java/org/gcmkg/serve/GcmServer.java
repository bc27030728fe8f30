package org.gcmkg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.gcmkg.graph.Iris;
import org.gcmkg.store.LiveDataset;
import org.gcmkg.store.StoredDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPARQL endpoint: an embedded Fuseki serving one read-only dataset at {@value #ENDPOINT} (SPARQL Query
 * and the read side of the Graph Store Protocol), its queries run by {@link GuardedQueryProcessor} and its HTTP
 * requests guarded by {@link SparqlGuardFilter}, with linked-data
 * pages for every IRI under the base, a landing page, a query workbench, search, dumps and a health check.
 * No update, upload or admin operation is registered, so none can be reached. Fuseki serves one
 * {@link LiveDataset} for the server's life; whoever deploys a new build switches it, the server does not.
 */
public final class GcmServer implements AutoCloseable {
    /** Path of the SPARQL endpoint. */
    public static final String ENDPOINT = "/sparql";

    private static final Logger LOG = LoggerFactory.getLogger(GcmServer.class);

    private final FusekiServer fuseki;
    private final LiveDataset current;

    private GcmServer(FusekiServer fuseki, LiveDataset current) {
        this.fuseki = fuseki;
        this.current = current;
    }

    /** Starts serving a dataset that will not change. */
    public static GcmServer start(StoredDataset stored, ServerSettings settings) {
        return start(new LiveDataset(stored), settings);
    }

    /** Starts serving a switchable dataset: what it serves is what {@code current} serves at each request. */
    public static GcmServer start(LiveDataset current, ServerSettings settings) {
        ServiceAllowList allowList = new ServiceAllowList(settings.serviceAllowList());
        Iris iris = new Iris(settings.base());
        current.prepareEach(dataset -> prepare(dataset, settings, allowList));
        StoredDataset stored = current.current();
        LandingPage landing = new LandingPage(iris);
        LinkedDataServlet linkedData = new LinkedDataServlet(current::current, settings.base(), landing::extrasFor);
        PagesServlet pages = new PagesServlet(current::current, settings, iris, landing);
        ResultCache cache =
                settings.resultCacheBytes() > 0 ? new ResultCache(settings.resultCacheBytes(), 8L << 20) : null;
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                // CORS, nosniff, CSP and TRACE in one filter; Fuseki's CORS would allow credentials
                .enableCors(false, null)
                .enablePing(true)
                // usage statistics and metrics are the operator's business, not the public's
                .enableStats(false)
                .enableMetrics(false)
                .addFilter("/*", new SiteHeadersFilter())
                .registerOperation(
                        Operation.Query,
                        WebContent.contentTypeSPARQLQuery,
                        new GuardedQueryProcessor(settings, allowList, current::current, cache))
                .add(ENDPOINT, dataService(current.dataset()))
                // "/sparql/*" matches "/sparql" as well: one mapping, so the guard runs once per request
                .addFilter(ENDPOINT + "/*", new SparqlGuardFilter(settings, current::current, iris, cache))
                .addServlet("/id/*", linkedData)
                .addServlet("/graph/*", linkedData)
                .addServlet("/ontology", linkedData)
                .addServlet("/sdg/*", linkedData)
                .addServlet("/source/*", new SourceServlet(settings.reports(), current::current))
                .addServlet("/download/*", new DownloadServlet(current::current))
                .addServlet("/static/*", new StaticResourceServlet("/static/", "org/gcmkg/serve/static/"))
                .addServlet("/webjars/*", new StaticResourceServlet("/webjars/", "META-INF/resources/webjars/"))
                .addServlet("/.well-known/void", pages)
                // "/query/*" matches "/query" too: the workbench and its prefixes
                .addServlet("/query/*", new WorkbenchServlet(settings, current::current))
                .addServlet("/search", new SearchServlet(current::current, iris))
                .addServlet("/health", pages)
                .addServlet("/explore", pages)
                .addServlet("/matrix", pages)
                // "" is the context root exactly; "/" is Fuseki's own fallback servlet.
                .addServlet("", pages)
                .build();
        guardConnections(fuseki.getJettyServer());
        PooledOutputBuffers.install(fuseki.getJettyServer());
        fuseki.start();
        LOG.info(
                "serving {} triples (version {}) at {}",
                stored.triples(),
                stored.version(),
                fuseki.serverURL().replaceAll("/$", "") + ENDPOINT);
        return new GcmServer(fuseki, current);
    }

    /**
     * Slower request bodies are cut off: a request may not hold a worker thread by sending a byte at a time.
     * Jetty measures the rate from the request's start, so a busy server reading a short body late must not
     * count as a slow sender: the floor is low enough that a 100-byte query read six seconds late passes,
     * and a byte a second is still cut off after the first second.
     */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 16;

    private static void guardConnections(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            }
        }
    }

    private static DataService dataService(DatasetGraph dataset) {
        return DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "")
                .build();
    }

    /** The query timeout, the federation allow list and the answers' JSON writer live in the dataset's context. */
    private static void prepare(DatasetGraph dataset, ServerSettings settings, ServiceAllowList allowList) {
        dataset.getContext()
                .set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        allowList.install(dataset.getContext());
        StoppableRegex.install(settings.queryTimeout().toMillis());
        BoundedStrings.install(dataset.getContext());
        WatchedPaths.install(dataset.getContext());
        CompactJsonResults.install(dataset.getContext());
    }

    /** The dataset being served. */
    public StoredDataset current() {
        return current.current();
    }

    /** The Jetty server under Fuseki (for tests of its connector). */
    Server jetty() {
        return fuseki.getJettyServer();
    }

    /** The port it listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The SPARQL endpoint's URL. */
    public String endpointUrl() {
        return "http://localhost:" + port() + ENDPOINT;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops accepting requests, lets those under way finish, and stops. */
    @Override
    public void close() {
        fuseki.stop();
    }
}
