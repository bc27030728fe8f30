package org.gcmkg.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A graph's triples as N-Triples forms in publication order, made apart from {@link SpooledPublication#add(String,
 * SortedGraph)} so that graphs can be sorted on several threads while one thread spools them in order.
 */
public final class SortedGraph {
    private final List<String[]> rows;

    private SortedGraph(List<String[]> rows) {
        this.rows = rows;
    }

    /** Sorts {@code graph}'s triples; the graph is only read. */
    public static SortedGraph of(Graph graph) {
        Map<Node, String> forms = new HashMap<>();
        List<String[]> rows = new ArrayList<>(graph.size());
        graph.find()
                .forEachRemaining(t -> rows.add(new String[] {
                    forms.computeIfAbsent(t.getSubject(), NTriplesForm::of),
                    forms.computeIfAbsent(t.getPredicate(), NTriplesForm::of),
                    forms.computeIfAbsent(t.getObject(), NTriplesForm::of)
                }));
        rows.sort(SpoolFile.ORDER);
        return new SortedGraph(rows);
    }

    /** How many triples the graph has. */
    public int size() {
        return rows.size();
    }

    List<String[]> rows() {
        return rows;
    }
}
