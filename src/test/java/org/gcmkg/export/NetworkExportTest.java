package org.gcmkg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.FileReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gcmkg.TestBuild;
import org.gcmkg.network.Network;
import org.gcmkg.network.NetworkBuilder;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.network.Projection;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildPipeline;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every export format of every projection, read back: by JGraphT's own importers, a CSV parser and a JSON parser. */
class NetworkExportTest {
    static NetworkSource source;

    @TempDir
    Path tmp;

    @BeforeAll
    static void build() throws Exception {
        var dataset = TestBuild.result().dataset();
        source = NetworkSource.read(BuildPipeline.union(dataset));
    }

    static Graph<String, DefaultWeightedEdge> emptyGraph() {
        return new SimpleWeightedGraph<>(
                SupplierUtil.createStringSupplier(), SupplierUtil.createDefaultWeightedEdgeSupplier());
    }

    static Graph<String, DefaultWeightedEdge> importGraphml(Path file) throws Exception {
        Graph<String, DefaultWeightedEdge> g = emptyGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(g, r);
        }
        return g;
    }

    @ParameterizedTest(name = "{0}, objectives {1}")
    @CsvSource({
        "full, ''",
        "collaboration, ''",
        "program-objective, ''",
        "full, 10",
        "collaboration, 3;7",
        "program-objective, 1"
    })
    void everyFormatHoldsTheSameNodesAndEdges(String projectionName, String objectiveList) throws Exception {
        Projection projection = Projection.of(projectionName);
        List<Integer> objectives = objectiveList.isEmpty()
                ? List.of()
                : java.util.Arrays.stream(objectiveList.split(";"))
                        .map(Integer::valueOf)
                        .toList();
        Network network = NetworkBuilder.build(source, projection, objectives);
        int nodes = network.graph().vertexSet().size();
        int edges = network.graph().edgeSet().size();
        assertTrue(nodes > 5 && edges > 3, projectionName + ": " + nodes + " nodes, " + edges + " edges");

        Path graphml = tmp.resolve("n.graphml");
        Exports.write(source, ExportFormat.GRAPHML, projection, objectives, graphml);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
        Graph<String, DefaultWeightedEdge> fromGraphml = importGraphml(graphml);
        assertEquals(nodes, fromGraphml.vertexSet().size(), "GraphML nodes");
        assertEquals(edges, fromGraphml.edgeSet().size(), "GraphML edges");

        Path gexf = tmp.resolve("n.gexf");
        Exports.write(source, ExportFormat.GEXF, projection, objectives, gexf);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(gexf.toFile());
        Graph<String, DefaultWeightedEdge> fromGexf = emptyGraph();
        SimpleGEXFImporter<String, DefaultWeightedEdge> gexfImporter = new SimpleGEXFImporter<>();
        gexfImporter.setSchemaValidation(true);
        gexfImporter.setVertexFactory(id -> id);
        try (Reader r = new FileReader(gexf.toFile(), StandardCharsets.UTF_8)) {
            gexfImporter.importGraph(fromGexf, r);
        }
        assertEquals(nodes, fromGexf.vertexSet().size(), "GEXF nodes");
        assertEquals(edges, fromGexf.edgeSet().size(), "GEXF edges");
        assertEquals(fromGraphml.vertexSet(), fromGexf.vertexSet(), "the same node ids");

        Path csv = tmp.resolve("csv");
        Exports.write(source, ExportFormat.CSV, projection, objectives, csv);
        List<CSVRecord> nodeRows = records(csv.resolve("nodes.csv"));
        List<CSVRecord> edgeRows = records(csv.resolve("edges.csv"));
        assertEquals(nodes, nodeRows.size(), "CSV nodes");
        assertEquals(edges, edgeRows.size(), "CSV edges");
        Set<String> ids = new java.util.HashSet<>();
        nodeRows.forEach(r -> ids.add(r.get("id")));
        assertEquals(fromGraphml.vertexSet(), ids);
        edgeRows.forEach(r -> assertTrue(ids.contains(r.get("source")) && ids.contains(r.get("target")), r.toString()));

        Path cyjs = tmp.resolve("n.cyjs");
        Exports.write(source, ExportFormat.CYJS, projection, objectives, cyjs);
        try (JsonReader r = Json.createReader(Files.newBufferedReader(cyjs))) {
            JsonObject elements = r.readObject().getJsonObject("elements");
            assertEquals(nodes, elements.getJsonArray("nodes").size(), "Cytoscape.js nodes");
            assertEquals(edges, elements.getJsonArray("edges").size(), "Cytoscape.js edges");
        }
    }

    private static List<CSVRecord> records(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(r)
                    .getRecords();
        }
    }

    @Test
    void theFullNetworkHoldsWhatTheReportSays() {
        Network full = NetworkBuilder.build(source, Projection.FULL, List.of());
        Set<String> ids = new java.util.HashSet<>();
        full.graph().vertexSet().forEach(n -> ids.add(n.iri()));
        // Grupos Beta: run by the INM, under objectives 3 and 8 (objective 8 of the report, line 335)
        String beta = "https://w3id.org/gcmkg/id/program/grupos-beta";
        var betaNode = full.graph().vertexSet().stream()
                .filter(n -> n.iri().equals(beta))
                .findFirst()
                .orElseThrow();
        Set<String> neighbours = new java.util.HashSet<>();
        full.graph().edgesOf(betaNode).forEach(e -> neighbours.add(e.source().equals(beta) ? e.target() : e.source()));
        assertTrue(
                neighbours.containsAll(List.of(
                        "https://w3id.org/gcmkg/id/org/inm",
                        "https://w3id.org/gcmkg/id/objective/3",
                        "https://w3id.org/gcmkg/id/objective/8")),
                neighbours.toString());
        // objective 13 has no program in the report, so it is not a node of the full network
        assertTrue(!ids.contains("https://w3id.org/gcmkg/id/objective/13"));

        Network collaboration = NetworkBuilder.build(source, Projection.COLLABORATION, List.of(9));
        // objective 9: the smuggling-by-sea project of IOM, UNODC and the Government of Canada, with the INM
        Set<String> orgs = new java.util.TreeSet<>();
        collaboration.graph().vertexSet().forEach(n -> orgs.add(n.iri().replace("https://w3id.org/gcmkg/id/org/", "")));
        assertTrue(orgs.containsAll(List.of("inm", "oim", "unodc", "gobierno-de-canada")), orgs.toString());
    }

    @Test
    void exportsAreTheSameByteForByteFromRunToRun() throws Exception {
        NetworkSource again =
                NetworkSource.read(BuildPipeline.union(new BuildPipeline(BuildConfig.defaults(Path.of("")))
                        .buildInMemory()
                        .dataset()));
        for (ExportFormat f : ExportFormat.values()) {
            if (f == ExportFormat.CSV) {
                continue;
            }
            Path a = tmp.resolve("a." + f);
            Path b = tmp.resolve("b." + f);
            Exports.write(again, f, Projection.COLLABORATION, List.of(), a);
            Exports.write(source, f, Projection.COLLABORATION, List.of(), b);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), f + " differs between two builds");
        }
    }

    @Test
    void theMatrixCountsProgramsPerOrganizationAndObjective() throws Exception {
        Path matrix = tmp.resolve("matrix.csv");
        Exports.write(source, ExportFormat.MATRIX, Projection.FULL, List.of(), matrix);
        List<CSVRecord> rows = records(matrix);
        CSVRecord inm = rows.stream()
                .filter(r -> r.get("id").equals("org:inm"))
                .findFirst()
                .orElseThrow();
        // the INM runs the Grupos Beta (objectives 3 and 8) among others
        assertTrue(Integer.parseInt(inm.get("objective_8")) >= 1, inm.toString());
        assertEquals(23, rows.get(0).size() - 6, "one column per objective");
        for (CSVRecord r : rows) {
            long nonZero = java.util.stream.IntStream.rangeClosed(1, 23)
                    .filter(n -> !r.get("objective_" + n).equals("0"))
                    .count();
            assertEquals(Long.parseLong(r.get("objectives")), nonZero, r.toString());
        }
    }
}
