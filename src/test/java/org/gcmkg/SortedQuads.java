package org.gcmkg;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;

/**
 * Compares RDF the cheap way where blank nodes allow: the quads without blank nodes as sorted N-Quads lines
 * (a failure shows the lines that differ), and only the few quads with blank nodes by isomorphism.
 */
public final class SortedQuads {
    private SortedQuads() {}

    private static boolean blank(Quad q) {
        return q.getSubject().isBlank()
                || q.getObject().isBlank()
                || (q.getGraph() != null && q.getGraph().isBlank());
    }

    /** The quads of {@code dataset} that hold no blank node, as sorted N-Quads lines. */
    public static List<String> ground(DatasetGraph dataset) {
        List<String> lines = new ArrayList<>();
        dataset.find().forEachRemaining(q -> {
            if (!blank(q)) {
                lines.add(NodeFmtLib.strNQ(q));
            }
        });
        lines.sort(null);
        return lines;
    }

    /** The triples of {@code graph} that hold no blank node, as sorted N-Triples lines. */
    public static List<String> ground(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
                lines.add(NodeFmtLib.strNT(t));
            }
        });
        lines.sort(null);
        return lines;
    }

    /** Whether the quads of the two datasets that hold blank nodes are the same up to blank node labels. */
    public static boolean blankPartsIsomorphic(DatasetGraph a, DatasetGraph b) {
        return IsoMatcher.isomorphic(blankPart(a), blankPart(b));
    }

    /** Whether the triples of the two graphs that hold blank nodes are the same up to blank node labels. */
    public static boolean blankPartsIsomorphic(Graph a, Graph b) {
        return blankPart(a).isIsomorphicWith(blankPart(b));
    }

    private static DatasetGraph blankPart(DatasetGraph dataset) {
        DatasetGraph part = DatasetGraphFactory.createGeneral();
        dataset.find().forEachRemaining(q -> {
            if (blank(q)) {
                part.add(q);
            }
        });
        return part;
    }

    private static Graph blankPart(Graph graph) {
        Graph part = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            if (isBlank(t.getSubject()) || isBlank(t.getObject())) {
                part.add(t);
            }
        });
        return part;
    }

    private static boolean isBlank(Node n) {
        return n.isBlank();
    }
}
