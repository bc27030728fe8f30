package org.gcmkg.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the graph files. Triples and quads are written in sorted order, so the same graph always gives
 * the same bytes.
 */
public final class Publication {
    /** The union of all named graphs as Turtle. */
    public static final String TURTLE = "gcmkg.ttl";
    /** The union of all named graphs as N-Triples. */
    public static final String NTRIPLES = "gcmkg.nt";
    /** The dataset with its named graphs as TriG. */
    public static final String TRIG = "gcmkg.trig";
    /** The dataset with its named graphs as JSON-LD. */
    public static final String JSONLD = "gcmkg.jsonld";
    /** Every published file. */
    public static final java.util.List<String> FILES = java.util.List.of(TURTLE, NTRIPLES, TRIG, JSONLD);

    private Publication() {}

    private static final Comparator<Node> NODE_ORDER = Comparator.comparing(Publication::nodeKey);
    private static final Comparator<Triple> TRIPLE_ORDER = Comparator.comparing(Triple::getSubject, NODE_ORDER)
            .thenComparing(Triple::getPredicate, NODE_ORDER).thenComparing(Triple::getObject, NODE_ORDER);

    private static String nodeKey(Node node) {
        return NodeFmtLib.strNT(node);
    }

    /** Writes the four graph files into {@code dir}. */
    public static void write(DatasetGraph dataset, Graph union, Path dir) throws IOException {
        writeTriples(union, dir.resolve(TURTLE), RDFFormat.TURTLE_BLOCKS);
        writeNTriples(union, dir.resolve(NTRIPLES));
        writeQuads(dataset, dir.resolve(TRIG), RDFFormat.TRIG_BLOCKS);
        writeJsonLd(dataset, dir.resolve(JSONLD));
    }

    static List<Triple> sorted(Graph graph) {
        List<Triple> triples = new ArrayList<>();
        graph.find().forEachRemaining(triples::add);
        triples.sort(TRIPLE_ORDER);
        return triples;
    }

    private static List<Quad> sortedQuads(DatasetGraph dataset) {
        List<Quad> quads = new ArrayList<>();
        Iterator<Quad> it = dataset.find();
        it.forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                quads.add(q);
            }
        });
        quads.sort(Comparator.comparing(Quad::getGraph, NODE_ORDER).thenComparing(Quad::asTriple, TRIPLE_ORDER));
        return quads;
    }

    private static void writeTriples(Graph graph, Path file, RDFFormat format) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            Prefixes.all().forEach(stream::prefix);
            sorted(graph).forEach(stream::triple);
            stream.finish();
        }
    }

    private static void writeNTriples(Graph graph, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Triple t : sorted(graph)) {
            text.append(NodeFmtLib.strNT(t.getSubject())).append(' ').append(NodeFmtLib.strNT(t.getPredicate()))
                    .append(' ').append(NodeFmtLib.strNT(t.getObject())).append(" .\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void writeQuads(DatasetGraph dataset, Path file, RDFFormat format) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            Prefixes.all().forEach(stream::prefix);
            sortedQuads(dataset).forEach(stream::quad);
            stream.finish();
        }
    }

    private static void writeJsonLd(DatasetGraph dataset, Path file) throws IOException {
        DatasetGraph ordered = DatasetGraphFactory.createGeneral();
        Prefixes.all().forEach(ordered.prefixes()::add);
        sortedQuads(dataset).forEach(ordered::add);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, ordered, RDFFormat.JSONLD11_PRETTY);
        Files.write(file, bytes.toByteArray());
    }
}
