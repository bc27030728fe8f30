package org.gcmkg.export;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gcmkg.network.Network;
import org.gcmkg.network.NetworkEdge;
import org.gcmkg.network.NetworkNode;
import org.gcmkg.network.NodeMeasures;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a network projection as GraphML or GEXF (with JGraphT's exporters), CSV node and edge lists, or
 * Cytoscape.js JSON. Every format carries the same nodes and edges: nodes with their IRI, kind, Spanish and
 * English labels, acronym and measures; edges with their kind, the objectives they are under, their weight
 * and, in the collaboration projection, the programs shared. Node and edge order follow the IRIs, so the
 * output is the same from run to run.
 */
public final class NetworkExporter {
    /** Node attributes, in the order they are written. */
    public static final List<String> NODE_COLUMNS = List.of(
            "id",
            "iri",
            "kind",
            "label",
            "label_en",
            "acronym",
            "degree",
            "weighted_degree",
            "betweenness",
            "closeness",
            "component",
            "community");
    /** Edge attributes, in the order they are written. */
    public static final List<String> EDGE_COLUMNS =
            List.of("id", "source", "target", "kind", "objectives", "weight", "programs");

    private NetworkExporter() {}

    /** GraphML with typed attribute keys; the edge weight is GraphML's {@code weight} key. */
    public static void graphml(Network network, OutputStream out) {
        GraphMLExporter<NetworkNode, NetworkEdge> exporter = new GraphMLExporter<>(NetworkNode::id);
        Map<NetworkEdge, String> ids = edgeIds(network.graph());
        exporter.setEdgeIdProvider(ids::get);
        exporter.setExportEdgeWeights(true);
        for (String c : NODE_COLUMNS.subList(1, NODE_COLUMNS.size())) {
            exporter.registerAttribute(c, GraphMLExporter.AttributeCategory.NODE, typeOf(c));
        }
        for (String c : List.of("kind", "objectives", "programs")) {
            exporter.registerAttribute(c, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(n -> nodeAttributes(network, n));
        exporter.setEdgeAttributeProvider(NetworkExporter::edgeAttributes);
        exporter.exportGraph(network.graph(), new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** GEXF 1.2 with typed attributes; the edge weight is GEXF's own {@code weight}. */
    public static void gexf(Network network, OutputStream out) {
        Map<NetworkEdge, String> ids = edgeIds(network.graph());
        GEXFExporter<NetworkNode, NetworkEdge> exporter = new GEXFExporter<>(NetworkNode::id, ids::get);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        for (String c : NODE_COLUMNS.subList(1, NODE_COLUMNS.size())) {
            if (!c.equals("label") && !c.equals("kind")) {
                exporter.registerAttribute(c, GEXFExporter.AttributeCategory.NODE, gexfType(c));
            }
        }
        exporter.registerAttribute("kind", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        for (String c : List.of("objectives", "programs")) {
            exporter.registerAttribute(c, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        }
        exporter.setVertexAttributeProvider(n -> nodeAttributes(network, n));
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttributes(e);
            a.put("label", a.remove("kind"));
            return a;
        });
        exporter.exportGraph(network.graph(), new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The node list as CSV. */
    public static void nodesCsv(Network network, Appendable out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(NODE_COLUMNS);
            for (NetworkNode n : network.graph().vertexSet()) {
                Map<String, String> v = nodeValues(network, n);
                csv.printRecord(
                        NODE_COLUMNS.stream().map(c -> v.getOrDefault(c, "")).toList());
            }
        }
    }

    /** The edge list as CSV. */
    public static void edgesCsv(Network network, Appendable out) throws IOException {
        Map<NetworkEdge, String> ids = edgeIds(network.graph());
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(EDGE_COLUMNS);
            for (NetworkEdge e : network.graph().edgeSet()) {
                Map<String, String> v = edgeValues(e);
                v.put("id", ids.get(e));
                v.put("weight", weight(network, e));
                csv.printRecord(
                        EDGE_COLUMNS.stream().map(c -> v.getOrDefault(c, "")).toList());
            }
        }
    }

    /** Cytoscape.js JSON: {@code {"elements": {"nodes": [...], "edges": [...]}}}, one {@code data} object each. */
    public static void cyjs(Network network, Writer out) {
        Map<NetworkEdge, String> ids = edgeIds(network.graph());
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        for (NetworkNode n : network.graph().vertexSet()) {
            JsonObjectBuilder data = Json.createObjectBuilder();
            NodeMeasures m = network.measures().get(n);
            data.add("id", n.id())
                    .add("iri", n.iri())
                    .add("kind", n.kind().key())
                    .add("label", n.labelEs())
                    .add("label_en", n.labelEn())
                    .add("acronym", n.acronym())
                    .add("degree", m.degree())
                    .add("weighted_degree", m.weightedDegree())
                    .add("betweenness", m.betweenness())
                    .add("closeness", m.closeness())
                    .add("component", m.component())
                    .add("community", m.community());
            nodes.add(Json.createObjectBuilder().add("data", data));
        }
        JsonArrayBuilder edges = Json.createArrayBuilder();
        for (NetworkEdge e : network.graph().edgeSet()) {
            JsonArrayBuilder objectives = Json.createArrayBuilder();
            e.objectives().forEach(objectives::add);
            JsonArrayBuilder programs = Json.createArrayBuilder();
            e.programs().forEach(programs::add);
            edges.add(Json.createObjectBuilder()
                    .add(
                            "data",
                            Json.createObjectBuilder()
                                    .add("id", ids.get(e))
                                    .add("source", NetworkNode.exportId(e.source()))
                                    .add("target", NetworkNode.exportId(e.target()))
                                    .add("kind", String.join(";", e.kinds()))
                                    .add("objectives", objectives)
                                    .add("weight", network.graph().getEdgeWeight(e))
                                    .add("programs", programs)));
        }
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("projection", network.projection().key())
                                .add("objectives", Json.createArrayBuilder(List.copyOf(network.objectives()))))
                .add("elements", Json.createObjectBuilder().add("nodes", nodes).add("edges", edges));
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter text = new StringWriter();
        try (JsonWriter w = factory.createWriter(text)) {
            w.writeObject(root.build());
        }
        try {
            out.write(text.toString().strip());
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edge ids {@code e1, e2, ...} in the graph's edge order. */
    public static Map<NetworkEdge, String> edgeIds(Graph<NetworkNode, NetworkEdge> graph) {
        Map<NetworkEdge, String> ids = new HashMap<>();
        int i = 0;
        for (NetworkEdge e : graph.edgeSet()) {
            ids.put(e, "e" + ++i);
        }
        return ids;
    }

    private static String weight(Network network, NetworkEdge e) {
        double w = network.graph().getEdgeWeight(e);
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }

    private static Map<String, String> nodeValues(Network network, NetworkNode n) {
        NodeMeasures m = network.measures().get(n);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", n.id());
        v.put("iri", n.iri());
        v.put("kind", n.kind().key());
        v.put("label", n.labelEs());
        v.put("label_en", n.labelEn());
        v.put("acronym", n.acronym());
        v.put("degree", String.valueOf(m.degree()));
        v.put("weighted_degree", m.weightedDegree().toPlainString());
        v.put("betweenness", m.betweenness().toPlainString());
        v.put("closeness", m.closeness().toPlainString());
        v.put("component", String.valueOf(m.component()));
        v.put("community", String.valueOf(m.community()));
        return v;
    }

    private static Map<String, Attribute> nodeAttributes(Network network, NetworkNode n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        nodeValues(network, n).forEach((k, v) -> {
            if (!k.equals("id")) {
                a.put(
                        k,
                        switch (typeOf(k)) {
                            case INT -> DefaultAttribute.createAttribute(Integer.parseInt(v));
                            case DOUBLE -> DefaultAttribute.createAttribute(Double.parseDouble(v));
                            default -> DefaultAttribute.createAttribute(v);
                        });
            }
        });
        return a;
    }

    private static Map<String, String> edgeValues(NetworkEdge e) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("source", NetworkNode.exportId(e.source()));
        v.put("target", NetworkNode.exportId(e.target()));
        v.put("kind", String.join(";", e.kinds()));
        v.put("objectives", e.objectives().stream().map(String::valueOf).collect(Collectors.joining(";")));
        v.put("programs", String.join(";", e.programs()));
        return v;
    }

    private static Map<String, Attribute> edgeAttributes(NetworkEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        Map<String, String> v = edgeValues(e);
        for (String k : List.of("kind", "objectives", "programs")) {
            a.put(k, DefaultAttribute.createAttribute(v.get(k)));
        }
        return a;
    }

    /** The type of a node column: the measures are numbers, the rest text. */
    private static AttributeType typeOf(String column) {
        return switch (column) {
            case "degree", "component", "community" -> AttributeType.INT;
            case "weighted_degree", "betweenness", "closeness" -> AttributeType.DOUBLE;
            default -> AttributeType.STRING;
        };
    }

    private static GEXFAttributeType gexfType(String column) {
        return switch (typeOf(column)) {
            case INT -> GEXFAttributeType.INTEGER;
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            default -> GEXFAttributeType.STRING;
        };
    }
}
