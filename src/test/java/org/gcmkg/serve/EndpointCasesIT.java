package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.store.StoredDataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The numbered cases of issue 13 against two real endpoints serving the same data, one with the result cache and
 * one without: every answer of the cached endpoint, whatever was asked before it, is the answer the uncached one
 * gives, or a 4xx/503 that names the problem. The cases that wait for the query timeout and then measure the
 * process's CPU are in {@link EndpointTimeoutsIT}, alone in the measured round; these run beside other classes.
 */
class EndpointCasesIT {
    /**
     * The endpoints' query timeout: long, so that a machine loaded by the classes running beside this one cannot
     * turn an answer into a timeout; no case here waits for it.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    static final long ROWS = 1_000;
    static final long TRIPLES = 10_000;
    static final String JSON = "application/sparql-results+json";
    static GcmServer cached;
    static GcmServer uncached;

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        StoredDataset stored = TestBuild.store();
        ServerSettings settings = ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                .withPort(0)
                .withQueryTimeout(TIMEOUT)
                .withServiceAllowList(List.of())
                .withLimits(1_000_000, TRIPLES, ROWS);
        cached = GcmServer.start(stored, settings);
        uncached = GcmServer.start(stored, settings.withResultCache(0));
    }

    @AfterAll
    static void stop() {
        cached.close();
        uncached.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder get(GcmServer server, String query, String extra, String accept) {
        return HttpRequest.newBuilder(URI.create(
                        server.endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra))
                .header("Accept", accept);
    }

    static String unique(String query) {
        return query + " # " + System.nanoTime();
    }

    static void assertRefused(int status, String named, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(named), r.body());
    }

    /** Case 1: a GET with a body is refused, and cannot change what a later client receives. */
    @Test
    void aGetWithABodyIsRefusedAndPoisonsNothing() throws Exception {
        String count = unique("SELECT (COUNT(*) AS ?n1) { ?s ?p ?o }");
        HttpResponse<String> poison = send(HttpRequest.newBuilder(URI.create(cached.endpointUrl() + "?query="
                        + URLEncoder.encode("SELECT (\"POISONED\" AS ?n1) {}", StandardCharsets.UTF_8)))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .method("GET", HttpRequest.BodyPublishers.ofString(count)));
        assertRefused(400, "carries no body", poison);
        HttpRequest.Builder asked = HttpRequest.newBuilder(URI.create(cached.endpointUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(count));
        HttpResponse<String> later = send(asked);
        HttpResponse<String> truth = send(HttpRequest.newBuilder(URI.create(uncached.endpointUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(count)));
        assertEquals(200, later.statusCode(), later.body());
        assertFalse(later.body().contains("POISONED"), later.body());
        assertEquals(truth.body(), later.body());
    }

    /** Case 2: every input that changes the answer is part of the cache key, whichever is asked first. */
    @ParameterizedTest(name = "variant {0}")
    @ValueSource(
            strings = {
                "&default-graph-uri=urn:x-nothing",
                "&named-graph-uri=urn:x-nothing",
                "&callback=alert(1)//",
                "&output=xml",
                "&results=csv",
                "&format=tsv"
            })
    void eachVariantIsItsOwnAnswerInEitherOrder(String variant) throws Exception {
        for (boolean variantFirst : new boolean[] {true, false}) {
            String q = unique("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
            HttpResponse<String> first = send(get(cached, q, variantFirst ? variant : "", JSON));
            HttpResponse<String> second = send(get(cached, q, variantFirst ? "" : variant, JSON));
            HttpResponse<String> variantAnswer = variantFirst ? first : second;
            HttpResponse<String> plainAnswer = variantFirst ? second : first;
            assertEquals(send(get(uncached, q, variant, JSON)).body(), variantAnswer.body(), variant);
            assertEquals(send(get(uncached, q, "", JSON)).body(), plainAnswer.body(), variant);
            assertNotEquals(plainAnswer.body(), variantAnswer.body(), variant);
            assertNotEquals(
                    plainAnswer.headers().firstValue("ETag"),
                    variantAnswer.headers().firstValue("ETag"));
        }
    }

    /** Case 4: hits and misses carry the same caching headers; a variant does not revalidate another's ETag. */
    @Test
    void hitsAndMissesCarryTheSameHeadersAndEtagsDoNotCrossVariants() throws Exception {
        String q = unique("ASK { ?s ?p ?o }");
        HttpResponse<String> miss = send(get(cached, q, "", JSON));
        HttpResponse<String> hit = send(get(cached, q, "", JSON));
        assertEquals("miss", miss.headers().firstValue("X-Cache").orElseThrow());
        assertEquals("hit", hit.headers().firstValue("X-Cache").orElseThrow());
        for (String header : List.of("ETag", "Cache-Control", "Vary", "Content-Type")) {
            assertEquals(miss.headers().allValues(header), hit.headers().allValues(header), header);
        }
        assertEquals(List.of("Accept, Origin"), hit.headers().allValues("Vary"));
        String etag = hit.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                send(get(cached, q, "", JSON).header("If-None-Match", etag)).statusCode());
        for (String variant : List.of("&output=xml", "&default-graph-uri=urn:x-nothing")) {
            assertEquals(
                    200,
                    send(get(cached, q, variant, JSON).header("If-None-Match", etag))
                            .statusCode(),
                    variant);
        }
    }

    /** Case 5: the cache's budget counts keys: distinct queries of 1 MB (as keys) fill it three at a time. */
    @Test
    void theCacheBudgetCountsKeys() {
        ResultCache cache = new ResultCache(4L << 20, 2L << 20);
        String padding = "#".repeat(1 << 19);
        for (int i = 0; i < 50; i++) {
            cache.put("v1", padding + i, new ResultCache.Answer("text/csv", new byte[] {'n'}));
            assertTrue(cache.used() <= 4L << 20, "used " + cache.used());
        }
        assertTrue(cache.stats().contains(" entries=3 "), cache.stats());
        long entry = 2L * (padding.length() + 2) + 1 + 2L * "text/csv".length() + ResultCache.ENTRY_OVERHEAD;
        assertEquals(3 * entry, cache.used());
    }

    /** Case 6 (the regex half is in {@link EndpointTimeoutsIT}): a path repeated inside a repetition is refused. */
    @Test
    void runawayPathsAreRefused() throws Exception {
        assertRefused(
                400,
                "repeats (* or +) inside another repetition",
                send(get(cached, "SELECT * { ?s ((<urn:p>|!<urn:p>)*/(<urn:p>|!<urn:p>)*)* ?o }", "", JSON)));
    }

    /** Case 7: SERVICE anywhere in the query is checked before it runs. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "ASK { ?a ?b ?c FILTER EXISTS { SERVICE <urn:x> { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE <urn:x> { ?s ?p ?o } } } }",
                "SELECT (EXISTS { SERVICE <urn:x> { ?s ?p ?o } } AS ?e) {}",
                "SELECT * { ?s ?p ?o MINUS { SERVICE <urn:x> { ?s ?p ?o } } }"
            })
    void serviceHiddenInsideTheQueryIsRefusedUpFront(String query) throws Exception {
        assertRefused(400, "SERVICE <urn:x> is not allowed", send(get(cached, query, "", JSON)));
    }

    /** Case 8: queries that used to end in a 500 get a 4xx naming the problem. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "SELECT * { ?s ?p ?o FILTER regex(?o, \"(\") }",
                "SELECT * { ?s ?p ?o FILTER regex(?o, \"a\", \"z\") }",
                "SELECT (1 AS ?x) (2 AS ?x) {}",
                "SELECT (\"" + "1+" + "\" AS ?x) { FILTER(STRLEN(?x) = 1) }",
                "SELECT (REPLACE(\"a\", \"a\", \"\\\\\") AS ?x) {}",
                "PREFIX text: <http://jena.apache.org/text#> SELECT * { ?s text:query (1 2 3 4 5 6 7) }",
                "PREFIX text: <http://jena.apache.org/text#> SELECT * { ?s text:query \"AND\" }",
                "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT * { ?x apf:strSplit (\"a\" 1) }",
                "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT * { ?x apf:strSplit \"a\" }",
                "PREFIX list: <http://jena.apache.org/ARQ/list#> SELECT * { ?l list:index (\"a\" ?x) }",
                "PREFIX list: <http://jena.apache.org/ARQ/list#> SELECT * { ?l list:index \"a\" }"
            })
    void formerlyFatalQueriesAreRefusedWithA4xx(String query) throws Exception {
        HttpResponse<String> r = send(get(cached, query, "", JSON));
        assertTrue(r.statusCode() == 400 || r.statusCode() == 200, r.statusCode() + " " + r.body());
        if (r.statusCode() == 400) {
            assertTrue(r.body().startsWith("Error 400: "), r.body());
        }
    }

    /** Case 8: strings that would fill the heap are refused with the limit named; small ones are answered. */
    static List<String> longStrings() {
        return List.of(
                "SELECT (GROUP_CONCAT(STR(?o)) AS ?all) { ?s ?p ?o . ?a ?b ?c }",
                "SELECT (GROUP_CONCAT(DISTINCT CONCAT(STR(?o), STR(?c))) AS ?all) { ?s ?p ?o . ?a ?b ?c }",
                "SELECT ?x { BIND(\"aaaaaaaaaaaaaaaa\" AS ?a0) BIND(CONCAT(?a0, ?a0) AS ?a1) BIND(CONCAT(?a1, ?a1) AS ?a2) "
                        + "BIND(CONCAT(?a2, ?a2) AS ?a3) BIND(CONCAT(?a3, ?a3) AS ?a4) BIND(CONCAT(?a4, ?a4) AS ?a5) "
                        + "BIND(CONCAT(?a5, ?a5) AS ?a6) BIND(CONCAT(?a6, ?a6) AS ?a7) BIND(CONCAT(?a7, ?a7) AS ?a8) "
                        + "BIND(CONCAT(?a8, ?a8) AS ?a9) BIND(CONCAT(?a9, ?a9) AS ?a10) BIND(CONCAT(?a10, ?a10) AS ?a11) "
                        + "BIND(CONCAT(?a11, ?a11) AS ?a12) BIND(CONCAT(?a12, ?a12) AS ?a13) BIND(CONCAT(?a13, ?a13) AS ?a14) "
                        + "BIND(CONCAT(?a14, ?a14) AS ?a15) BIND(CONCAT(?a15, ?a15) AS ?a16) BIND(CONCAT(?a16, ?a16) AS ?a17) "
                        + "BIND(STRLEN(?a17) AS ?x) }",
                "SELECT (STRLEN(REPLACE(\"" + "a".repeat(2_000) + "\", \"a\", \"" + "b".repeat(600) + "\")) AS ?x) {}");
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("longStrings")
    void stringsOverTheLimitAreRefusedWithTheLimitNamed(String query) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(cached.endpointUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        assertRefused(400, "more than " + BoundedStrings.MAX_CHARS + " characters", r);
    }

    @Test
    void stringsUnderTheLimitAreAnsweredAsBefore() throws Exception {
        HttpResponse<String> r = send(get(
                cached,
                "SELECT (GROUP_CONCAT(?n; SEPARATOR=\"|\") AS ?all) (CONCAT(\"a\", \"b\") AS ?c) "
                        + "(REPLACE(\"abc\", \"b\", \"x\") AS ?r) { VALUES ?n { \"1\" \"2\" \"3\" } }",
                "",
                "text/csv"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("all,c,r\r\n1|2|3,ab,axc\r\n", r.body());
    }

    /** Case 8: the pages' 500s: Lucene keywords, too many words, prefixes without a trailing slash. */
    @Test
    void pagesAnswerA4xxNotA500() throws Exception {
        String root = "http://localhost:" + cached.port();
        for (String words : List.of("AND", "trata+OR+NOT", "(")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(root + "/search?q=" + words)));
            // a search is a query: within the timeout, or a 503 saying so
            assertTrue(
                    r.statusCode() == 200 || (r.statusCode() == 503 && r.body().contains("timeout")),
                    r.statusCode() + r.body());
        }
        String words = String.join("+", Collections.nCopies(1_025, "trata"));
        assertRefused(
                400,
                "at most " + Search.MAX_WORDS + " words",
                send(HttpRequest.newBuilder(URI.create(root + "/search?q=" + words))));
        for (String bare : List.of("/static", "/webjars", "/source", "/download")) {
            assertEquals(
                    404, send(HttpRequest.newBuilder(URI.create(root + bare))).statusCode(), bare);
        }
    }

    @Test
    void aTwentyThousandStepPathIsRefused() throws Exception {
        String path = "<urn:p>" + "/<urn:p>".repeat(20_000);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(cached.endpointUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", JSON)
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s " + path + " ?o }")));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("steps") || r.body().contains("nested too deeply"), r.body());
    }

    /** Case 10: no silent truncation: over the row or triple limit is a 4xx that says how to page. */
    @Test
    void answersOverTheLimitsAreRefusedWithDirectionsNotCut() throws Exception {
        HttpResponse<String> rows = send(get(cached, "SELECT * { ?s ?p ?o }", "", JSON));
        assertRefused(400, "more than " + ROWS + " rows", rows);
        assertTrue(rows.body().contains("OFFSET") && rows.body().contains("/download/"), rows.body());
        HttpResponse<String> page =
                send(get(cached, "SELECT * { ?s ?p ?o } LIMIT " + ROWS, "", "text/tab-separated-values"));
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(ROWS + 1, page.body().lines().count());
        HttpResponse<String> one = send(get(cached, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "", JSON));
        assertTrue(
                one.headers().firstValue("X-Result-Limit").isEmpty(),
                one.headers().toString());
        assertRefused(
                400,
                "triples, more than the " + TRIPLES,
                send(get(cached, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT " + (TRIPLES + 1), "", "text/turtle")));
        assertRefused(
                400,
                "triples, more than the " + TRIPLES,
                send(get(cached, "DESCRIBE ?s { ?s a ?t } LIMIT 4000", "", "text/turtle")));
        for (String graph : List.of("union", "urn:x-arq:UnionGraph", "default")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(cached.endpointUrl() + "?graph=" + graph))
                    .header("Accept", "text/turtle"));
            assertRefused(413, "more than the " + TRIPLES, r);
        }
    }

    /** Case 11: two query parameters are a 400, by GET and by form POST. */
    @Test
    void twoQueryParametersAreABadRequest() throws Exception {
        String two = "query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        assertRefused(
                400, "Multiple 'query='", send(HttpRequest.newBuilder(URI.create(cached.endpointUrl() + "?" + two))));
        assertRefused(
                400,
                "Multiple 'query='",
                send(HttpRequest.newBuilder(URI.create(cached.endpointUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(two))));
    }

    /** Case 12: CORS without credentials, answer headers exposed, nosniff and CSP, TRACE refused, no public stats. */
    @Test
    void headersAreSafeAndStatsArePrivate() throws Exception {
        String root = "http://localhost:" + cached.port();
        HttpResponse<String> answer = send(get(cached, "ASK {}", "", JSON).header("Origin", "https://evil.example"));
        assertEquals(List.of("*"), answer.headers().allValues("Access-Control-Allow-Origin"));
        assertTrue(
                answer.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
                answer.headers().toString());
        assertTrue(answer.headers()
                .firstValue("Access-Control-Expose-Headers")
                .orElseThrow()
                .contains("ETag"));
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create(root + "/")).header("Accept", "text/html"));
        assertEquals(200, page.statusCode());
        assertEquals(List.of("nosniff"), page.headers().allValues("X-Content-Type-Options"));
        assertTrue(page.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .contains("frame-ancestors 'none'"));
        HttpResponse<String> trace = send(HttpRequest.newBuilder(URI.create(root + "/"))
                .header("X-Secret", "s3cret")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, trace.statusCode(), trace.body());
        assertFalse(trace.body().contains("s3cret"), trace.body());
        for (String admin : List.of("/$/metrics", "/$/stats", "/$/stats/sparql")) {
            assertEquals(
                    404, send(HttpRequest.newBuilder(URI.create(root + admin))).statusCode(), admin);
        }
    }

    /** Case 11: the Service Description advertises no federation that is refused, and states the limits. */
    @Test
    void theServiceDescriptionStatesTheLimitsAndNoRefusedFederation() throws Exception {
        HttpResponse<String> r =
                send(HttpRequest.newBuilder(URI.create(cached.endpointUrl())).header("Accept", "text/turtle"));
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("BasicFederatedQuery"), r.body());
        assertTrue(r.body().contains("at most " + ROWS + " rows"), r.body());
        assertTrue(r.body().contains("at most " + TRIPLES + " triples"), r.body());
    }

    /** Sends the head of a query POST whose body of {@code length} bytes is still to come. */
    static void sendQueryHead(OutputStream out, long length) throws IOException {
        String head = String.join(
                "\r\n",
                "POST /sparql HTTP/1.1",
                "Host: localhost",
                "Content-Type: application/sparql-query",
                "Content-Length: " + length,
                "",
                "");
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Case 9: a body sent a byte at a time is cut off instead of holding a worker thread. */
    @Test
    void aSlowSenderIsCutOff() throws Exception {
        try (Socket socket = new Socket("localhost", cached.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            sendQueryHead(out, 100);
            InputStream in = socket.getInputStream();
            long t0 = System.nanoTime();
            try {
                // a byte a second, until the server answers or closes the connection
                for (int i = 0; i < 12 && in.available() == 0; i++) {
                    out.write('A');
                    out.flush();
                    for (int tick = 0; tick < 10 && in.available() == 0; tick++) {
                        Thread.sleep(100);
                    }
                }
            } catch (IOException closed) {
                // the server gave up on us: what it said is in the input
            }
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            long seconds = (System.nanoTime() - t0) / 1_000_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 408") || answer.isEmpty(), answer);
            assertTrue(seconds < 15, seconds + " s");
            assertFalse(answer.startsWith("HTTP/1.1 2"), answer);
        }
    }

    /**
     * Case 10: a body over the limit is refused at once, and the server then reads the rest of it, so that a
     * client still sending does not have its connection reset and reads why.
     */
    @Test
    void aClientStillSendingABodyOverTheLimitReadsTheRefusal() throws Exception {
        int length = 4_000_000;
        try (Socket socket = new Socket("localhost", cached.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            sendQueryHead(out, length);
            InputStream in = socket.getInputStream();
            for (int tick = 0; tick < 100 && in.available() == 0; tick++) {
                Thread.sleep(100);
            }
            assertTrue(in.available() > 0, "the refusal comes before the body");
            // a connection closed with this body unread would be reset, and these writes would fail
            byte[] chunk = new byte[64 * 1024];
            for (int sent = 0; sent < length; sent += chunk.length) {
                out.write(chunk, 0, Math.min(chunk.length, length - sent));
                out.flush();
            }
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("larger than the limit of 1000000 bytes"), answer);
        }
    }
}
