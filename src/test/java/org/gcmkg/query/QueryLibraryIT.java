package org.gcmkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.MirrorServer;
import org.gcmkg.serve.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every query of {@code queries/} runs over HTTP against the real endpoint serving the built graph, and its
 * answer (CSV) must equal the reviewed one in {@code queries/expected/NAME.csv}. Federated queries call local
 * stand-ins instead of the internet: a Fuseki holding {@code federation/wikidata-standin.ttl} for Wikidata and
 * a mirror of the UN SDG KOS in {@code data/sdg-kos/}, both on the endpoint's SERVICE allow list.
 */
class QueryLibraryIT {
    static final Path QUERIES = Path.of("queries");
    static final Path EXPECTED = QUERIES.resolve("expected");
    static final Path ACTUAL = Path.of("target", "query-results");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static MirrorServer wikidata;
    static MirrorServer sdgKos;
    static GcmServer server;
    static Map<String, String> standIns;

    @BeforeAll
    static void start() throws Exception {
        wikidata = MirrorServer.start(
                List.of(Path.of("src/test/resources/federation/wikidata-standin.ttl")), 0, "wikidata");
        sdgKos = MirrorServer.start(
                List.of(
                        Path.of("data/sdg-kos/sdg-kos-goals-targets-indicators.ttl"),
                        Path.of("data/sdg-kos/sdg-kos-subject-mappings.ttl")),
                0,
                "sdg-kos");
        standIns = Map.of(
                "https://query.wikidata.org/sparql",
                wikidata.endpointUrl(),
                "http://localhost:3031/sdg-kos/sparql",
                sdgKos.endpointUrl());
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        ServerSettings settings = ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                .withPort(0)
                .withQueryTimeout(Duration.ofSeconds(60))
                .withServiceAllowList(List.copyOf(standIns.values()));
        server = GcmServer.start(TestBuild.store(), settings);
    }

    @AfterAll
    static void stop() {
        server.close();
        wikidata.close();
        sdgKos.close();
    }

    @Test
    void theLibraryCoversTheQuestionsResearchersAsk() throws Exception {
        List<LibraryQuery> library = QueryLibrary.load(QUERIES);
        assertTrue(library.size() >= 25, "at least 25 queries: " + library.size());
        Set<String> names = library.stream().map(LibraryQuery::name).collect(Collectors.toSet());
        for (String topic : List.of(
                "programs-per-objective",
                "agencies-by-objectives",
                "partners-per-objective",
                "programs-spanning-objectives",
                "agency-partner-collaborations",
                "figures-of-a-program",
                "largest-figures-by-unit",
                "objectives-without-figures",
                "future-goals-per-objective",
                "countries-and-links",
                "un-system-partners",
                "text-search-trata",
                "objective-sdg-targets-indicators",
                "federation-wikidata-countries",
                "federation-wikidata-organizations",
                "federation-un-sdg-subjects")) {
            assertTrue(names.contains(topic), "the library answers " + topic);
        }
        assertTrue(library.stream().anyMatch(q -> q.services().contains("https://query.wikidata.org/sparql")));
        Set<String> views = library.stream().map(LibraryQuery::view).collect(Collectors.toSet());
        assertTrue(views.containsAll(List.of("Table", "Graph", "BarChart", "LineChart")), "views in use: " + views);
        for (LibraryQuery q : library) {
            assertTrue(Files.isRegularFile(EXPECTED.resolve(q.name() + ".csv")), "a reviewed answer for " + q.name());
        }
        try (Stream<Path> files = Files.list(EXPECTED)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertTrue(names.contains(f.getFileName().toString().replace(".csv", "")), "no query for " + f);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryAnswersAsReviewed() throws Exception {
        return QueryLibrary.load(QUERIES).stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> check(q)));
    }

    private static void check(LibraryQuery q) throws Exception {
        String text = q.text();
        for (String service : q.services()) {
            assertTrue(standIns.containsKey(service), "a local stand-in for " + service);
            text = text.replace("<" + service + ">", "<" + standIns.get(service) + ">");
        }
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.endpointUrl()))
                        .timeout(Duration.ofMinutes(2))
                        .header("Accept", "text/csv")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
        String actual = r.body().replace("\r\n", "\n");
        long rows = actual.lines().count() - 1;
        if (q.expectEmpty().isPresent()) {
            assertEquals(
                    0,
                    rows,
                    q.name() + " should answer nothing, because "
                            + q.expectEmpty().get() + "\n" + actual);
        } else {
            assertTrue(rows > 0, q.name() + " answered nothing, and its header does not say that is expected");
        }
        Path expectedFile = EXPECTED.resolve(q.name() + ".csv");
        String expected =
                Files.isRegularFile(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Files.createDirectories(ACTUAL);
            Path got = ACTUAL.resolve(q.name() + ".csv");
            Files.writeString(got, actual, StandardCharsets.UTF_8);
            fail(q.name() + ": the answer differs from " + expectedFile + " at " + firstDifference(expected, actual)
                    + "; the answer is in " + got + ": read it, and replace the reviewed file only if it is right");
        }
    }

    private static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "(nothing)";
            String al = i < a.size() ? a.get(i) : "(nothing)";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ":\n  expected: " + el + "\n  actual:   " + al;
            }
        }
        return "the line endings";
    }

    @Test
    void theFederatedQueriesReachTheStandInsOnlyThroughTheAllowList() throws Exception {
        LibraryQuery q = QueryLibrary.read(QUERIES.resolve("federation-wikidata-countries.rq"));
        String elsewhere = q.text().replace("<https://query.wikidata.org/sparql>", "<http://localhost:9/sparql>");
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.endpointUrl() + "?query="
                                + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("not allowed"), r.body());
    }

    @Test
    void theCatalogueInDocsIsCurrent() throws Exception {
        String written = Files.readString(Path.of("docs", "queries.md"), StandardCharsets.UTF_8);
        assertEquals(
                QueryCatalog.markdown(QueryLibrary.load(QUERIES)),
                written,
                "docs/queries.md is out of date: java -jar target/gcmkg.jar query --catalog > docs/queries.md");
    }
}
