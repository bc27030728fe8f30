package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.gcmkg.ReadmeCounts;
import org.gcmkg.TestBuild;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.store.StoredDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Starts the real endpoint on a free port, serving the real report, and speaks HTTP to it with three
 * independent clients: Java's HTTP client, Jena's RDFConnection and RDF4J's SPARQLRepository.
 */
@Tag("measured")
class GcmServerIT {
    private static final String PREFIXES = """
                                           PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
                                           PREFIX text: <http://jena.apache.org/text#>
                                           PREFIX schema: <http://schema.org/>
                                           """;
    static GcmServer server;
    static FusekiServer remote;
    static HttpServer redirector;
    static String redirecting;
    static String endpoint;
    static String root;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph other = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(
                        "<urn:x:partner> <http://www.w3.org/2000/01/rdf-schema#label> \"socio remoto\"@es .",
                        Lang.TURTLE)
                .parse(other.getDefaultGraph());
        DatasetGraph offList = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(
                        "<http://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> \"fuera de la lista\" .",
                        Lang.TURTLE)
                .parse(offList.getDefaultGraph());
        remote = FusekiServer.create()
                .port(0)
                .add("/remote", other, false)
                .add("/offlist", offList, false)
                .build()
                .start();
        String remoteEndpoint = "http://localhost:" + remote.getHttpPort() + "/remote/sparql";
        // an endpoint on the allow list that redirects to one off it
        redirector = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        redirector.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            exchange.getResponseHeaders()
                    .add(
                            "Location",
                            "http://localhost:" + remote.getHttpPort() + "/offlist/sparql"
                                    + (query == null ? "" : "?" + query));
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        redirector.start();
        redirecting = "http://localhost:" + redirector.getAddress().getPort() + "/sparql";
        StoredDataset stored = TestBuild.store();
        ServerSettings settings = ServerSettings.defaults(
                        BuildConfig.defaults(Path.of("")).reports(), org.gcmkg.graph.Iris.DEFAULT_BASE)
                .withPort(0)
                .withQueryTimeout(Duration.ofSeconds(3))
                .withServiceAllowList(List.of(remoteEndpoint, redirecting));
        server = GcmServer.start(stored, settings);
        endpoint = server.endpointUrl();
        root = "http://localhost:" + server.port();
    }

    @Test
    void answersReuseAPooledOutputBufferInsteadOfAllocatingOneEach() throws Exception {
        Connector connector = server.jetty().getConnectors()[0];
        int outputBuffer = connector
                .getConnectionFactory(HttpConnectionFactory.class)
                .getHttpConfiguration()
                .getOutputBufferSize();
        ArrayByteBufferPool pool = (ArrayByteBufferPool) connector.getByteBufferPool();
        assertEquals(5 << 20, outputBuffer, "Fuseki's output buffer");
        pool.setStatisticsEnabled(true);
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> answer = post(endpoint, "application/sparql-query", "ASK { FILTER(" + i + " >= 0) }");
            assertEquals(200, answer.statusCode(), answer.body());
        }
        // Jetty's default pool keeps nothing over 64 KiB: it would list 20 acquisitions of 5 MiB here
        assertEquals(Map.of(), pool.getNoBucketDirectAcquires(), "buffers allocated outside the pool");
        assertTrue(pool.getDirectMemory() >= outputBuffer, "direct memory kept: " + pool.getDirectMemory());
        assertTrue(
                pool.getDirectMemory() <= PooledOutputBuffers.POOLED_BYTES,
                "direct memory kept: " + pool.getDirectMemory());
    }

    @AfterAll
    static void stop() {
        server.close();
        remote.stop();
        redirector.stop(0);
    }

    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> query(String query, String accept) throws IOException, InterruptedException {
        return get(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
    }

    static HttpResponse<String> post(String url, String contentType, String body)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static long objectives() {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint)
                .query(PREFIXES + "SELECT (COUNT(?o) AS ?n) WHERE { ?o a gcm:Objective }")
                .build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({
        "application/sparql-results+json, \"bindings\"",
        "application/sparql-results+xml, <sparql",
        "text/csv, n",
        "text/tab-separated-values, ?n",
    })
    void selectAnswersInEveryResultFormat(String accept, String marker) throws Exception {
        HttpResponse<String> r = query(PREFIXES + "SELECT ?n WHERE { ?o gcm:objectiveNumber ?n } ORDER BY ?n", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        assertTrue(r.body().contains(marker), r.body());
        assertTrue(r.body().contains("23"), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({
        "text/turtle, TURTLE",
        "application/n-triples, NTRIPLES",
        "application/ld+json, JSONLD",
        "application/rdf+xml, RDFXML"
    })
    void constructAnswersInEveryGraphFormat(String accept, String lang) throws Exception {
        HttpResponse<String> r =
                query(PREFIXES + "CONSTRUCT { ?o gcm:objectiveNumber ?n } WHERE { ?o gcm:objectiveNumber ?n }", accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(
                r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept),
                r.headers().toString());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(lang))
                .parse(m);
        assertEquals(23, m.size());
    }

    /** Issue 13, case 11: the default graph read by the Graph Store Protocol is the union queries see. */
    @Test
    void theDefaultGraphReadIsTheUnionQueriesSee() throws Exception {
        HttpResponse<String> read = get(endpoint + "?default", "application/n-triples");
        assertEquals(200, read.statusCode(), read.body());
        HttpResponse<String> all = query("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples");
        Model fromRead = ModelFactory.createDefaultModel();
        RDFParser.fromString(read.body(), Lang.NTRIPLES).parse(fromRead);
        Model fromQuery = ModelFactory.createDefaultModel();
        RDFParser.fromString(all.body(), Lang.NTRIPLES).parse(fromQuery);
        assertEquals(server.current().triples(), fromRead.size());
        assertTrue(fromRead.isIsomorphicWith(fromQuery));
    }

    @Test
    void jenaAndRdf4jClientsReadTheSameAnswer() {
        assertEquals(23, objectives());
        try (RDFConnection conn = RDFConnection.connect(endpoint)) {
            conn.querySelect(
                    PREFIXES + "SELECT (COUNT(?a) AS ?n) WHERE { ?a a gcm:ReportedAction }",
                    row -> assertEquals(
                            ReadmeCounts.of("reported actions"),
                            row.getLiteral("n").getLong()));
        }
        SPARQLRepository repo = new SPARQLRepository(endpoint);
        try (RepositoryConnection conn = repo.getConnection();
                TupleQueryResult result = conn.prepareTupleQuery(PREFIXES
                                + "SELECT ?label WHERE { ?p gcm:acronym \"PTAT\" ; <http://www.w3.org/2000/01/rdf-schema#label> ?label "
                                + "FILTER(lang(?label) = 'es') }")
                        .evaluate()) {
            BindingSet row = result.next();
            assertEquals(
                    "Programa de Trabajadores Agrícolas Temporales",
                    row.getValue("label").stringValue());
        } finally {
            repo.shutDown();
        }
    }

    static void assertRefused(int status, String why, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(why), r.body());
    }

    @Test
    void updatesUploadsAndLoadAreRefusedAndTheDataStaysAsItWas() throws Exception {
        long before = objectives();
        String insert = "INSERT DATA { <urn:x> a <https://w3id.org/gcmkg/ontology#Objective> }";
        // The guard's refusals (SparqlGuardFilter): 403 for SPARQL Update in any form, 415 for an upload, 405
        // for a method other than GET, HEAD, POST and OPTIONS; each says why.
        HttpResponse<String> form = post(
                endpoint,
                "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8));
        assertRefused(403, "SPARQL Update is not enabled", form);
        HttpResponse<String> direct = post(endpoint, "application/sparql-update", insert);
        assertRefused(403, "SPARQL Update is not enabled", direct);
        HttpResponse<String> load = post(endpoint, "application/sparql-update", "LOAD <file:///etc/passwd>");
        assertRefused(403, "SPARQL Update is not enabled", load);
        HttpResponse<String> upload =
                post(endpoint + "?default", "text/turtle", "<urn:x> a <https://w3id.org/gcmkg/ontology#Objective> .");
        assertRefused(415, "uploads are not enabled", upload);
        HttpResponse<String> put = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint + "?default"))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> ."))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(405, "PUT is not allowed", put);
        for (String admin : List.of("/$/datasets", "/$/server", "/$/compact/sparql", "/$/backup/sparql")) {
            HttpResponse<String> r = post(root + admin, "application/x-www-form-urlencoded", "");
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, admin + ": " + r.statusCode());
        }
        assertEquals(before, objectives());
        assertEquals(23, before);
    }

    @Test
    void serviceIsRefusedOffTheAllowListAndWorksOnIt() throws Exception {
        HttpResponse<String> refused = query(
                "SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("not allowed"), refused.body());
        HttpResponse<String> variable = query(
                "SELECT * WHERE { BIND(<http://localhost:1/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertEquals(400, variable.statusCode(), variable.body());
        String remoteEndpoint = "http://localhost:" + remote.getHttpPort() + "/remote/sparql";
        HttpResponse<String> allowed = query(
                "SELECT ?l WHERE { SERVICE <" + remoteEndpoint + "> { ?s ?p ?l } }", "application/sparql-results+json");
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertTrue(allowed.body().contains("socio remoto"), allowed.body());
    }

    /** Issue 13, case 12: SERVICE calls exactly the endpoint on the list; a redirect off it is not followed. */
    @Test
    void serviceDoesNotFollowARedirectOffTheAllowList() throws Exception {
        HttpResponse<String> r = query(
                "SELECT ?l WHERE { SERVICE <" + redirecting + "> { ?s ?p ?l } }", "application/sparql-results+json");
        assertFalse(r.body().contains("fuera de la lista"), r.body());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 600, r.statusCode() + " " + r.body());
    }

    @Test
    void aRunawayQueryIsStoppedAtTheTimeoutWhileOthersAreAnswered() throws Exception {
        CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() -> {
            try {
                return query(
                        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                        "application/sparql-results+json");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertEquals(23, objectives(), "a simple query is answered while the runaway one runs");
        HttpResponse<String> r = runaway.get();
        assertRefused(503, "timed out", r);
        assertEquals(23, objectives(), "the server still answers after the timeout");
    }

    @Test
    void corsHeadersAreSentToOtherOrigins() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(endpoint + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                        .header("Origin", "https://notebook.example.org")
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(
                r.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                r.headers().toString());
        HttpResponse<String> preflight = HTTP.send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://notebook.example.org")
                        .header("Access-Control-Request-Method", "POST")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(
                preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElse("")
                        .contains("POST"),
                preflight.headers().toString());
    }

    @Test
    void getAnswersCarryAnEtagThatRevalidates() throws Exception {
        String url = endpoint + "?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> first = get(url, "application/sparql-results+json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.contains(server.current().version()));
        HttpResponse<String> again = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "application/sparql-results+json")
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @Test
    void theEndpointDescribesItself() throws Exception {
        HttpResponse<String> r = get(endpoint, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(
                m.contains(null, m.createProperty(ServiceDescription.SD + "endpoint"), m.createResource(endpoint)),
                r.body());
        assertTrue(m.contains(
                null,
                m.createProperty(ServiceDescription.SD + "feature"),
                m.createResource(ServiceDescription.SD + "UnionDefaultGraph")));
        HttpResponse<String> voidDescription = get(root + "/.well-known/void", "text/turtle");
        assertEquals(200, voidDescription.statusCode());
        assertTrue(voidDescription.body().contains("527980c4e60e2a3c859071c90fbee53f3395f8a79b234f029864f14e049a6b04"));
        assertTrue(voidDescription.body().contains("void:sparqlEndpoint"), voidDescription.body());
    }

    @Test
    void aResourceIriGivesHtmlToBrowsersAndTurtleToRdfClients() throws Exception {
        HttpResponse<String> html = get(root + "/id/objective/20", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(html.body().contains("Promover una transferencia de remesas"), html.body());
        HttpResponse<String> turtle = get(root + "/id/objective/20", "text/turtle");
        assertEquals(200, turtle.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(
                m.createResource("https://w3id.org/gcmkg/id/objective/20"),
                m.createProperty("https://w3id.org/gcmkg/ontology#objectiveNumber")));
        assertEquals(404, get(root + "/id/objective/99", "text/turtle").statusCode());
        HttpResponse<String> ontology = get(root + "/ontology", "text/turtle");
        assertEquals(200, ontology.statusCode());
        assertTrue(ontology.body().contains("owl:versionIRI"), ontology.body());
    }

    @Test
    void aSourcedResourcePageQuotesItsSentenceAndLinksToItsLine() throws Exception {
        HttpResponse<String> r = query(
                PREFIXES + "SELECT ?f WHERE { ?f a gcm:ReportedFigure ; schema:value ?v FILTER (?v = 578905) }",
                "text/csv");
        String iri = r.body().lines().skip(1).findFirst().orElseThrow().strip();
        HttpResponse<String> page = get(root + iri.substring("https://w3id.org/gcmkg".length()), "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("578,905"), page.body());
        assertTrue(page.body().contains("/source/informe-pmm-mexico-2018.md#L"), page.body());
        HttpResponse<String> source = get(root + "/source/informe-pmm-mexico-2018.md", "text/html");
        assertTrue(
                source.body().contains("id=\"L1\""),
                source.statusCode() + " "
                        + source.body()
                                .substring(0, Math.min(3000, source.body().length())));
    }

    /** Issue 4: from objective 20 to its SDG targets to their indicators, without leaving the endpoint. */
    @Test
    void theSdgIndicatorsUnderTheTargetsLinkedToObjective20() throws Exception {
        HttpResponse<String> r = query(
                PREFIXES + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                        + "PREFIX sdgo: <http://metadata.un.org/sdg/ontology#>\n"
                        + "SELECT DISTINCT ?indicator ?notation WHERE { ?o gcm:objectiveNumber 20 ; "
                        + "skos:closeMatch|skos:relatedMatch ?target . ?target a sdgo:Target ; sdgo:hasIndicator ?indicator . "
                        + "?indicator skos:notation ?notation FILTER(datatype(?notation) = sdgo:SDGCodeCompact) }",
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("http://metadata.un.org/sdg/C100c01,10.c.1"), r.body());
    }

    @ParameterizedTest(name = "text search for {0}")
    @CsvSource({"trata", "Trata", "TRATA"})
    void spanishTextSearchFindsTrafficking(String word) throws Exception {
        HttpResponse<String> r = query(
                PREFIXES + "SELECT DISTINCT ?s ?t WHERE { ?s text:query \"" + word + "\" . "
                        + "?s schema:text ?t } LIMIT 200",
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase(Locale.ROOT).contains("trata de personas"), r.body());
        // The search page counts every resource the text index finds, and shows the first page of them.
        HttpResponse<String> found = query(
                PREFIXES + "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s text:query (\"trata\" 100000) "
                        + "FILTER(isIRI(?s)) }",
                "text/csv");
        long expected = Long.parseLong(
                found.body().lines().skip(1).findFirst().orElseThrow().strip());
        assertTrue(expected > SearchServlet.PAGE_SIZE, found.body());
        HttpResponse<String> page = get(root + "/search?q=" + word, "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("<span id=\"total\">" + expected + "</span>"), page.body());
        String hits = page.body().substring(page.body().indexOf("<ol class=\"hits\""));
        assertEquals(
                SearchServlet.PAGE_SIZE,
                hits.substring(0, hits.indexOf("</ol>")).split("<li>", -1).length - 1,
                page.body());
    }

    @Test
    void accentsAreFoldedInSearch() throws Exception {
        String accented = query(PREFIXES + "SELECT (COUNT(?s) AS ?n) WHERE { ?s text:query \"migración\" }", "text/csv")
                .body();
        String plain = query(PREFIXES + "SELECT (COUNT(?s) AS ?n) WHERE { ?s text:query \"migracion\" }", "text/csv")
                .body();
        assertEquals(accented, plain);
        assertTrue(
                Integer.parseInt(plain.lines().skip(1).findFirst().orElseThrow().strip()) > 10, plain);
    }

    @Test
    void landingPageEditorAndDownloadsAreServedLocally() throws Exception {
        HttpResponse<String> landing = get(root + "/", "text/html");
        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("/query") && landing.body().contains("/download/gcmkg.ttl"));
        HttpResponse<String> editor = get(root + "/query", "text/html");
        assertTrue(editor.body().contains(WorkbenchServlet.YASGUI + "yasgui.min.js"));
        assertTrue(editor.body().contains("programs-per-objective"));
        assertEquals(
                200,
                get(root + WorkbenchServlet.YASGUI + "yasgui.min.js", "*/*").statusCode());
        assertEquals(
                200,
                get(root + WorkbenchServlet.YASGUI + "yasgui.min.css", "*/*").statusCode());
        assertEquals(200, get(root + "/static/workbench.js", "*/*").statusCode());
        HttpResponse<String> dump = get(root + "/download/gcmkg.nt", "*/*");
        assertEquals(200, dump.statusCode());
        assertTrue(dump.body().lines().count() > 10_000);
        assertEquals(200, get(root + "/$/ping", null).statusCode());
        assertTrue(get(root + "/health", null).body().contains("\"ok\""));
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheOfItsVersionWithTheSameBytes() throws Exception {
        String q =
                PREFIXES + "SELECT ?n (COUNT(?a) AS ?actions) WHERE { ?a gcm:underObjective/gcm:objectiveNumber ?n } "
                        + "GROUP BY ?n ORDER BY ?n # cache test " + System.nanoTime();
        HttpResponse<String> first = post(
                endpoint, "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<String> second = post(
                endpoint, "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("miss", first.headers().firstValue("X-Cache").orElse(""));
        assertEquals("hit", second.headers().firstValue("X-Cache").orElse(""));
        assertEquals(first.body(), second.body());
        assertEquals(
                first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
        HttpResponse<String> asCsv = query(q, "text/csv");
        assertTrue(
                asCsv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"),
                "a format is its own entry");
        HttpResponse<String> federated = query(
                "SELECT ?l WHERE { SERVICE <" + remote.serverURL() + "remote/sparql> { ?s ?p ?l } }",
                "application/sparql-results+json");
        assertEquals(200, federated.statusCode(), federated.body());
        assertTrue(federated.headers().firstValue("X-Cache").isEmpty(), "answers of other endpoints are not cached");
    }
}
