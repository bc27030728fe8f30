package org.gcmkg.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
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

    /** Writes the four graph files into {@code dir}. */
    public static void write(DatasetGraph dataset, Graph union, Path dir) throws IOException {
        SortKeys keys = new SortKeys();
        List<Triple> triples = keys.sortTriples(union);
        List<Quad> quads = keys.sortQuads(dataset);
        writeTriples(triples, dir.resolve(TURTLE), RDFFormat.TURTLE_BLOCKS);
        writeNTriples(triples, keys, dir.resolve(NTRIPLES));
        writeQuads(quads, dir.resolve(TRIG), RDFFormat.TRIG_BLOCKS);
        writeJsonLd(quads, keys, dir.resolve(JSONLD));
    }

    static List<Triple> sorted(Graph graph) {
        return new SortKeys().sortTriples(graph);
    }

    /**
     * The publication order: nodes compare by their N-Triples form. Each distinct node is formatted once
     * and its form remembered, since formatting inside the comparator dominated the cost of writing.
     */
    private static final class SortKeys {
        private final Map<Node, String> forms = new HashMap<>();
        private final Comparator<Node> nodeOrder = Comparator.comparing(this::form);
        private final Comparator<Triple> tripleOrder = Comparator.comparing(Triple::getSubject, nodeOrder)
                .thenComparing(Triple::getPredicate, nodeOrder).thenComparing(Triple::getObject, nodeOrder);

        String form(Node node) {
            return forms.computeIfAbsent(node, NodeFmtLib::strNT);
        }

        List<Triple> sortTriples(Graph graph) {
            List<Triple> triples = new ArrayList<>();
            graph.find().forEachRemaining(triples::add);
            triples.sort(tripleOrder);
            return triples;
        }

        List<Quad> sortQuads(DatasetGraph dataset) {
            List<Quad> quads = new ArrayList<>();
            Iterator<Quad> it = dataset.find();
            it.forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    quads.add(q);
                }
            });
            quads.sort(Comparator.comparing(Quad::getGraph, nodeOrder).thenComparing(Quad::asTriple, tripleOrder));
            return quads;
        }
    }

    private static void writeTriples(List<Triple> triples, Path file, RDFFormat format) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            Prefixes.all().forEach(stream::prefix);
            triples.forEach(stream::triple);
            stream.finish();
        }
    }

    private static void writeNTriples(List<Triple> triples, SortKeys keys, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Triple t : triples) {
            text.append(keys.form(t.getSubject())).append(' ').append(keys.form(t.getPredicate()))
                    .append(' ').append(keys.form(t.getObject())).append(" .\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void writeQuads(List<Quad> quads, Path file, RDFFormat format) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
            stream.start();
            Prefixes.all().forEach(stream::prefix);
            quads.forEach(stream::quad);
            stream.finish();
        }
    }

    private static void writeJsonLd(List<Quad> quads, SortKeys keys, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new JsonLdQuads(Prefixes.all(), keys::form).write(quads, out);
        }
    }
}
