package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpooledPublicationTest {
    private static final String EX = "https://w3id.org/gcmkg/id/test/";

    @TempDir
    Path tmp;

    /** Graphs that share triples and blank nodes, with literals of every kind the build writes. */
    private static List<Graph> graphs(int n) {
        Random random = new Random(16);
        Node shared = NodeFactory.createBlankNode("list0");
        List<Graph> graphs = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            Graph graph = GraphFactory.createDefaultGraph();
            Node own = NodeFactory.createURI(EX + "report/" + g);
            Node common = NodeFactory.createURI(EX + "org/" + random.nextInt(5));
            graph.add(Triple.create(common, RDF.type.asNode(), NodeFactory.createURI(EX + "Organization")));
            graph.add(Triple.create(common, RDFS.label.asNode(), NodeFactory.createLiteralLang("Secretaría", "es")));
            graph.add(Triple.create(
                    own, RDFS.label.asNode(), NodeFactory.createLiteralString("say \"" + g + "\"\n\tok")));
            graph.add(Triple.create(
                    own,
                    NodeFactory.createURI(EX + "value"),
                    NodeFactory.createLiteralDT("" + g, XSDDatatype.XSDinteger)));
            graph.add(Triple.create(own, NodeFactory.createURI(EX + "about"), common));
            graph.add(Triple.create(own, NodeFactory.createURI(EX + "list"), shared));
            graph.add(Triple.create(shared, RDF.first.asNode(), NodeFactory.createBlankNode("b" + g)));
            graphs.add(graph);
        }
        return graphs;
    }

    @Test
    void writesTheBytesOfAPublicationMadeInMemory() throws Exception {
        List<Graph> graphs = graphs(40);
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        Graph union = GraphFactory.createDefaultGraph();
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < graphs.size(); g++) {
            dataset.addGraph(NodeFactory.createURI(EX + "graph/" + g), graphs.get(g));
            graphs.get(g).find().forEachRemaining(union::add);
            order.add(g);
        }
        Path inMemory = Files.createDirectories(tmp.resolve("memory"));
        Publication.write(dataset, union, inMemory);
        Collections.shuffle(order, new Random(7));
        Path spooled = Files.createDirectories(tmp.resolve("spooled"));
        long triples;
        // a fan-in of 3 merges 40 graphs in rounds
        try (SpooledPublication files = new SpooledPublication(3)) {
            for (int g : order) {
                files.add(EX + "graph/" + g, graphs.get(g));
            }
            triples = files.write(spooled);
        }
        assertEquals(union.size(), triples);
        for (String file : Publication.FILES) {
            assertArrayEquals(
                    Files.readAllBytes(inMemory.resolve(file)), Files.readAllBytes(spooled.resolve(file)), file);
        }
    }

    @Test
    void refusesAGraphGivenTwice() throws Exception {
        try (SpooledPublication files = new SpooledPublication()) {
            files.add(EX + "graph/0", graphs(1).get(0));
            assertThrows(
                    IllegalArgumentException.class,
                    () -> files.add(EX + "graph/0", graphs(1).get(0)));
        }
    }
}
