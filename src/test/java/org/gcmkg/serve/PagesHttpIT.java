package org.gcmkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.store.ReleaseVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages and the dataset description over plain HTTP: conditional requests, the language as a bad request,
 * the description's creator, publisher, date, source, version and count, and the versioned downloads.
 */
class PagesHttpIT {
    static GcmServer server;
    static String root;
    static String figurePath;

    @BeforeAll
    static void start() {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        server = GcmServer.start(
                TestBuild.store(),
                ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        .withQueryTimeout(Duration.ofSeconds(60)));
        root = "http://localhost:" + server.port();
        try (QueryExecution qe = QueryExecutionHTTP.service(server.endpointUrl())
                .query(PagesBrowserIT.GCM
                        + "SELECT ?f WHERE { ?f a gcm:ReportedFigure ; gcm:underObjective <"
                        + PagesBrowserIT.OBJECTIVE_10
                        + "> } ORDER BY ?f LIMIT 1")
                .build()) {
            figurePath =
                    PagesBrowserIT.path(qe.execSelect().next().getResource("f").getURI());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> pages() {
        return List.of(
                "/",
                "/id/objective/10",
                "/id/program/grupos-beta",
                "/id/org/inm",
                figurePath,
                "/id/gcm",
                "/id/dataset",
                "/sdg/8.7",
                "/ontology",
                "/explore",
                "/matrix");
    }

    @Test
    void theDescriptionNamesItsMakersDateSourceVersionAndCount() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> turtle = http.send(
                HttpRequest.newBuilder(URI.create(root + "/.well-known/void"))
                        .header("Accept", "text/turtle")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, turtle.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(m);
        Resource ds = m.createResource("https://w3id.org/gcmkg/id/dataset");
        Resource agent = m.createResource("https://w3id.org/gcmkg/id/agent/gcmkg");
        String version = server.current().release();
        assertTrue(m.contains(ds, DCTerms.creator, agent), turtle.body());
        assertTrue(m.contains(ds, DCTerms.publisher, agent), turtle.body());
        assertTrue(m.contains(ds, DCTerms.issued, m.createTypedLiteral(ReleaseVersion.issued(), XSDDatatype.XSDdate)));
        assertTrue(m.contains(ds, DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(m.contains(ds, OWL2.versionInfo, version), turtle.body());
        assertEquals(
                server.current().triples(),
                m.getRequiredProperty(ds, VOID.triples).getLong());
        Resource report = m.createResource("https://w3id.org/gcmkg/id/report/mex-2018-09-07");
        assertTrue(m.contains(ds, DCTerms.source, report));
        assertTrue(m.contains(
                report,
                m.createProperty("https://w3id.org/gcmkg/ontology#sha256"),
                "527980c4e60e2a3c859071c90fbee53f3395f8a79b234f029864f14e049a6b04"));
        assertTrue(m.contains(
                report, RDFS.seeAlso, m.createResource("https://w3id.org/gcmkg/source/informe-pmm-mexico-2018.md")));
        assertTrue(m.contains(
                m.createResource("https://w3id.org/gcmkg/download/gcmkg.ttl"),
                DCTerms.hasVersion,
                m.createResource("https://w3id.org/gcmkg/download/gcmkg-" + version + ".ttl")));

        HttpResponse<String> versioned = http.send(
                HttpRequest.newBuilder(URI.create(root + "/download/gcmkg-" + version + ".nt"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, versioned.statusCode());
        assertEquals(
                "attachment; filename=\"gcmkg-" + version + ".nt\"",
                versioned.headers().firstValue("Content-Disposition").orElseThrow());
        HttpResponse<String> latest = http.send(
                HttpRequest.newBuilder(URI.create(root + "/download/gcmkg.nt")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(versioned.body(), latest.body());
        HttpResponse<String> old = http.send(
                HttpRequest.newBuilder(URI.create(root + "/download/gcmkg-0.0.1+data.000000000000.nt"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, old.statusCode());
        assertTrue(old.body().contains("this server holds version " + version), old.body());
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create(root + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(health.body().contains("\"version\":\"" + version + "\""), health.body());
    }

    @Test
    void aPageAnswers304ToItsETagAndAnotherLanguageIsAnotherETag() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String page : pages()) {
            HttpResponse<String> first = http.send(
                    HttpRequest.newBuilder(URI.create(root + page))
                            .header("Accept", "text/html")
                            .header("Accept-Language", "es")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, first.statusCode(), page);
            assertEquals(
                    "Accept, Accept-Language, Cookie",
                    first.headers().firstValue("Vary").orElse(""),
                    page);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = http.send(
                    HttpRequest.newBuilder(URI.create(root + page))
                            .header("Accept", "text/html")
                            .header("Accept-Language", "es")
                            .header("If-None-Match", etag)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode(), page);
            assertEquals("", again.body());
            HttpResponse<String> english = http.send(
                    HttpRequest.newBuilder(URI.create(root + page))
                            .header("Accept", "text/html")
                            .header("Accept-Language", "en")
                            .header("If-None-Match", etag)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, english.statusCode(), page);
        }
        HttpResponse<String> bad = http.send(
                HttpRequest.newBuilder(URI.create(root + "/id/gcm?lang=xx"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertEquals(
                "Error 400: lang=xx is not a language of these pages; use lang=en (English) or lang=es (español)\n",
                bad.body());
    }
}
