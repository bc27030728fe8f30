package org.gcmkg.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
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
    public static final List<String> FILES = List.of(TURTLE, NTRIPLES, TRIG, JSONLD);

    private Publication() {}

    /** The name of a published file for one version: {@code gcmkg.ttl} becomes {@code gcmkg-0.1.0+data.abc.ttl}. */
    public static String versioned(String file, String version) {
        int dot = file.indexOf('.');
        return file.substring(0, dot) + "-" + version + file.substring(dot);
    }

    /** Writes the four graph files into {@code dir}. */
    public static void write(DatasetGraph dataset, Graph union, Path dir) throws IOException {
        List<Triple> triples = new ArrayList<>();
        union.find().forEachRemaining(triples::add);
        List<Quad> quads = new ArrayList<>();
        dataset.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                quads.add(q);
            }
        });
        SortKeys keys = new SortKeys(triples, quads);
        keys.sortTriples(triples);
        keys.sortQuads(quads);
        writeTriples(triples, dir.resolve(TURTLE));
        writeNTriples(triples, keys, dir.resolve(NTRIPLES));
        writeQuads(quads, dir.resolve(TRIG));
        writeJsonLd(quads, keys, dir.resolve(JSONLD));
    }

    /**
     * The publication order: nodes compare by their N-Triples form. Each distinct node is formatted once and
     * ranked once; triples and quads are then sorted by the ranks of their nodes, since formatting or
     * comparing strings inside the sort dominated the cost of writing.
     */
    private static final class SortKeys {
        private final Map<Node, String> forms = new HashMap<>();
        private final Map<Node, Integer> ranks = new HashMap<>();

        SortKeys(List<Triple> triples, List<Quad> quads) {
            for (Triple t : triples) {
                form(t.getSubject());
                form(t.getPredicate());
                form(t.getObject());
            }
            for (Quad q : quads) {
                form(q.getGraph());
                form(q.getSubject());
                form(q.getPredicate());
                form(q.getObject());
            }
            List<Map.Entry<Node, String>> byForm = new ArrayList<>(forms.entrySet());
            byForm.sort(Map.Entry.comparingByValue());
            for (int i = 0; i < byForm.size(); i++) {
                ranks.put(byForm.get(i).getKey(), i);
            }
        }

        String form(Node node) {
            return forms.computeIfAbsent(node, NTriplesForm::of);
        }

        void sortTriples(List<Triple> triples) {
            sortByRanks(triples, t -> new Node[] {t.getSubject(), t.getPredicate(), t.getObject()});
        }

        void sortQuads(List<Quad> quads) {
            sortByRanks(quads, q -> new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()});
        }

        private <T> void sortByRanks(List<T> items, Function<T, Node[]> nodes) {
            @SuppressWarnings("ArrayRecordComponent") // sorted by its key, never compared with equals
            record Ranked<T>(int[] key, T item) {}
            List<Ranked<T>> ranked = new ArrayList<>(items.size());
            for (T item : items) {
                Node[] n = nodes.apply(item);
                int[] key = new int[n.length];
                for (int i = 0; i < n.length; i++) {
                    key[i] = ranks.get(n[i]);
                }
                ranked.add(new Ranked<>(key, item));
            }
            ranked.sort((x, y) -> Arrays.compare(x.key(), y.key()));
            for (int i = 0; i < items.size(); i++) {
                items.set(i, ranked.get(i).item());
            }
        }
    }

    private static void writeTriples(List<Triple> triples, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF stream = BlockText.writer(out);
            stream.start();
            Prefixes.all().forEach(stream::prefix);
            triples.forEach(stream::triple);
            stream.finish();
        }
    }

    private static void writeNTriples(List<Triple> triples, SortKeys keys, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Triple t : triples) {
            text.append(keys.form(t.getSubject()))
                    .append(' ')
                    .append(keys.form(t.getPredicate()))
                    .append(' ')
                    .append(keys.form(t.getObject()))
                    .append(" .\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void writeQuads(List<Quad> quads, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF stream = BlockText.writer(out);
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
