package org.gcmkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.gcmkg.TestBuild;
import org.gcmkg.export.ExportFormat;
import org.gcmkg.export.Exports;
import org.gcmkg.graph.Iris;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.serve.GcmServer;
import org.gcmkg.serve.ServerSettings;
import org.gcmkg.store.StoredDataset;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measures the build writes into the graph, asked for over HTTP, against what JGraphT computes afresh
 * from the GraphML export of the same projection.
 */
class NetworkMeasuresIT {
    static GcmServer server;
    static StoredDataset stored;
    /** The served graph as the network exports read it, read once for the three tests. */
    static NetworkSource source;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        BuildConfig config = BuildConfig.defaults(Path.of(""));
        stored = TestBuild.store();
        server = GcmServer.start(
                stored,
                ServerSettings.defaults(config.reports(), Iris.DEFAULT_BASE)
                        .withPort(0)
                        .withQueryTimeout(Duration.ofSeconds(60)));
        source = NetworkSource.read(stored.dataset());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void agenciesRankedByBetweennessOverSparqlMatchJGraphTOnTheExport() throws Exception {
        String query = Files.readString(Path.of("queries", "agencies-by-betweenness.rq"), StandardCharsets.UTF_8);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe =
                QueryExecutionHTTP.service(server.endpointUrl()).query(query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        assertTrue(rows.size() > 10, "agencies in the collaboration network: " + rows.size());

        Path graphml = tmp.resolve("collaboration.graphml");
        Exports.write(source, ExportFormat.GRAPHML, Projection.COLLABORATION, List.of(), graphml);
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(
                SupplierUtil.createStringSupplier(), SupplierUtil.createDefaultWeightedEdgeSupplier());
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        Map<String, String> iriOf = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> {
            if (p.getSecond().equals("iri")) {
                iriOf.put(p.getFirst(), a.getValue());
            }
        });
        try (Reader r = Files.newBufferedReader(graphml)) {
            importer.importGraph(g, r);
        }
        Map<String, Double> expected = new HashMap<>();
        new BetweennessCentrality<>(new AsUnweightedGraph<>(g), true)
                .getScores()
                .forEach((v, s) -> expected.put(iriOf.get(v), s));

        double previous = Double.MAX_VALUE;
        for (QuerySolution row : rows) {
            String iri = row.getResource("node").getURI();
            double served = row.getLiteral("betweenness").getDouble();
            assertTrue(expected.containsKey(iri), iri + " is in the exported collaboration network");
            assertEquals(expected.get(iri), served, 1e-6, "betweenness of " + iri);
            assertTrue(served <= previous, "ranked by betweenness");
            previous = served;
        }
        // the INM brokers between the most partners: it is first, and its betweenness is not zero
        assertEquals(
                "https://w3id.org/gcmkg/id/org/inm",
                rows.get(0).getResource("node").getURI());
        assertTrue(rows.get(0).getLiteral("betweenness").getDouble() > 0);
    }

    @Test
    void theMatrixPageAndItsCsvShowWhichOrganizationActsOnWhichObjective() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        String root = server.endpointUrl().replace("/sparql", "");
        var page = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/matrix?kind=partner&lang=es"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        // objective 9 of the report: the smuggling-by-sea project with UNODC, IOM and the Government of Canada
        assertTrue(page.body().contains("Oficina de las Naciones Unidas contra la Droga y el Delito"), page.body());
        assertTrue(!page.body().contains("Instituto Nacional de Migración"), "only partners when kind=partner");
        var csv = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(root + "/matrix?format=csv"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        List<ObjectiveMatrix.Row> rows = ObjectiveMatrix.of(source, List.of());
        assertEquals(rows.size() + 1, csv.body().lines().count(), "a header and a row per organization");
        String unodc = csv.body()
                .lines()
                .filter(l -> l.startsWith("org:unodc,"))
                .findFirst()
                .orElseThrow();
        String[] cells = unodc.split(",", -1);
        assertEquals("1", cells[cells.length - 23 + 8], "UNODC acts on objective 9: " + unodc);
    }

    @Test
    void everyNodeOfEveryProjectionHasItsMeasuresInTheGraph() {
        for (Projection p : Projection.values()) {
            int nodes = NetworkBuilder.build(source, p, List.of())
                    .graph()
                    .vertexSet()
                    .size();
            String q =
                    "PREFIX gcm: <https://w3id.org/gcmkg/ontology#> SELECT (COUNT(?m) AS ?n) WHERE { ?m gcm:inProjection <"
                            + new Iris(Iris.DEFAULT_BASE).networkProjection(p.key())
                            + "> ; gcm:degree ?d ; gcm:betweenness ?b ; "
                            + "gcm:closeness ?c ; gcm:component ?k ; gcm:community ?y }";
            try (QueryExecution qe =
                    QueryExecutionHTTP.service(server.endpointUrl()).query(q).build()) {
                assertEquals(nodes, qe.execSelect().next().getLiteral("n").getInt(), p.key());
            }
        }
    }
}
