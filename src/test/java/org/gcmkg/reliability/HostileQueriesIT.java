package org.gcmkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.query.QueryLibrary;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A thousand malformed queries made by mutating the curated ones, and the known dangerous kinds: every answer
 * is a 4xx, a timeout within its bound, or (for a costly but legal query) an answer within that bound; never a
 * 500 or a dropped connection, and the server answers its health check after every batch. It measures no CPU
 * and its bound is ten seconds beyond the timeout, so it runs side by side with the other integration tests.
 */
class HostileQueriesIT {
    /** The server's query timeout: a setting of this test, short so that the queries that reach it end soon. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    static GcmServer server;
    static String root;
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        server = GcmServer.start(
                TestBuild.store(),
                ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        .withQueryTimeout(TIMEOUT)
                        .withServiceAllowList(List.of()));
        root = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> malformed(int n) throws Exception {
        List<String> seeds = QueryLibrary.load(Path.of("queries")).stream()
                .map(LibraryQuery::text)
                .toList();
        Random random = new Random(73195);
        String junk = "{}()<>?\"'.;,*#^|!\\@$%&=+-/";
        List<String> queries = new ArrayList<>();
        while (queries.size() < n) {
            String q = seeds.get(random.nextInt(seeds.size()));
            int body = q.indexOf("SELECT");
            int at = body + random.nextInt(q.length() - body);
            String mutated = switch (random.nextInt(5)) {
                case 0 -> q.substring(0, at); // truncated
                case 1 -> q.substring(0, at) + junk.charAt(random.nextInt(junk.length())) + q.substring(at);
                case 2 -> q.replaceFirst("\\}", ""); // unbalanced
                case 3 -> q.replace("WHERE", "WHER"); // misspelt keyword
                default -> q.substring(0, at) + q.substring(Math.min(q.length(), at + 1 + random.nextInt(20)));
            };
            queries.add(mutated);
        }
        return queries;
    }

    static List<String> dangerous() {
        String gcm = "PREFIX gcm: <https://w3id.org/gcmkg/ontology#> ";
        List<String> q = new ArrayList<>(List.of(
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "SELECT ?a ?b WHERE { ?a (<urn:p>|!<urn:q>)* ?b }",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a (!<urn:nothing>)+ ?b }",
                gcm + "SELECT ?x ?y WHERE { ?x (gcm:mentions|^gcm:mentions)* ?y }",
                "SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"(a+)+$\")) }",
                "SELECT (SHA512(CONCAT(STR(?a), STR(?b))) AS ?h) WHERE { ?a ?p ?o . ?b ?q ?r }",
                "CONSTRUCT { ?a ?b ?c . ?d ?e ?f } WHERE { ?a ?b ?c . ?d ?e ?f }",
                "DESCRIBE ?x WHERE { ?x ?p ?o }",
                "LOAD <file:///etc/passwd>",
                "LOAD <http://localhost:1/data.ttl> INTO GRAPH <urn:g>",
                "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                "DELETE WHERE { ?s ?p ?o }",
                "DROP ALL",
                "CLEAR DEFAULT",
                "SELECT * WHERE { SERVICE <http://localhost:22/sparql> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE <http://127.0.0.1:" + server.port() + "/sparql> { ?s ?p ?o } }",
                "SELECT * WHERE { BIND(<http://localhost:1/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
                "SELECT * WHERE { ?s ?p \"" + "x".repeat(900_000) + "\" }",
                "SELECT * WHERE { ?s ?p \"" + "y".repeat(2_000_000) + "\" }",
                "SELECT * WHERE " + "{".repeat(5_000) + " ?s ?p ?o " + "}".repeat(5_000),
                "SELECT * WHERE { FILTER(" + "(".repeat(5_000) + "1" + ")".repeat(5_000) + ") }",
                "SELECT * WHERE " + "{".repeat(200) + " ?s ?p ?o " + "}".repeat(200),
                "SELECT (" + "1+".repeat(20_000) + "1 AS ?x) WHERE {}"));
        return q;
    }

    record Outcome(int status, long millis) {}

    static Outcome send(String query, boolean post) {
        long t0 = System.nanoTime();
        try {
            HttpRequest.Builder b = post
                    ? HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                            .header("Content-Type", "application/sparql-query")
                            .POST(HttpRequest.BodyPublishers.ofString(query))
                    : HttpRequest.newBuilder(URI.create(
                            server.endpointUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            HttpResponse<Void> r = HTTP.send(
                    b.timeout(Duration.ofSeconds(60))
                            .header("Accept", "application/sparql-results+json")
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Outcome(r.statusCode(), (System.nanoTime() - t0) / 1_000_000);
        } catch (Exception e) {
            return new Outcome(-1, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static void healthy() throws Exception {
        HttpResponse<String> health = HTTP.send(
                HttpRequest.newBuilder(URI.create(root + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"ok\""), health.body());
    }

    @Test
    void malformedAndDangerousQueriesGetA4xxOrABoundedTimeoutAndTheServerStaysUp() throws Exception {
        List<String> queries = new ArrayList<>(malformed(1000));
        int malformedCount = queries.size();
        queries.addAll(dangerous());
        long bound = TIMEOUT.toMillis() + 10_000;
        int sent = 0;
        int refused = 0;
        int timedOut = 0;
        int answered = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            Outcome o = send(q, i % 2 == 0 || q.length() > 6_000);
            sent++;
            boolean isMalformed = i < malformedCount;
            if (o.status() >= 400 && o.status() < 500) {
                refused++;
            } else if (o.status() == 503 && o.millis() <= bound) {
                timedOut++;
            } else if (o.status() == 200 && o.millis() <= bound && (!isMalformed || parses(q))) {
                answered++;
            } else {
                problems.add(o.status() + " in " + o.millis() + " ms: "
                        + (q.length() > 200 ? q.substring(0, 200) + "…" : q));
            }
            if (i % 100 == 99 || i == queries.size() - 1) {
                healthy();
            }
        }
        Tally.record("hostile queries sent: " + sent + " (" + malformedCount + " malformed, " + (sent - malformedCount)
                + " dangerous); refused 4xx: " + refused + ", timed out 503 within " + bound + " ms: " + timedOut
                + ", legal and answered within bound: " + answered + ", errors (5xx other than timeout, dropped): "
                + problems.size());
        if (!problems.isEmpty()) {
            fail(problems.size() + " unexpected answers:\n"
                    + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
        }
    }

    /** A mutation can still be a legal query (a removed comment character, say); those may be answered. */
    static boolean parses(String q) {
        try {
            org.apache.jena.query.QueryFactory.create(q, org.apache.jena.query.Syntax.syntaxARQ);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
