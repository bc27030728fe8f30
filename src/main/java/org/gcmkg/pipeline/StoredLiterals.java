package org.gcmkg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.gcmkg.store.TdbAccess;

/**
 * Literals written in the form the store gives them back. TDB2 keeps a literal of the XSD types it inlines
 * (the integers, decimal, double, float, boolean, date and dateTime) as its value inside the node id, and hands it
 * back in the canonical form of that value: {@code "22"^^xsd:decimal} comes back as {@code "22.0"},
 * {@code "007"^^xsd:integer} as {@code "7"}, {@code "1"^^xsd:boolean} as {@code "true"}. TDB2 has no setting to
 * keep the written form (its inlining is fixed), so the build writes such literals as TDB2 will give them back:
 * the value is the same, and the dumps, the triple counts and every answer of the endpoint spell it alike.
 */
final class StoredLiterals {
    private StoredLiterals() {}

    /** The literal as TDB2 gives it back; any other node as it is. */
    static Node asStored(Node node) {
        return TdbAccess.storedForm(node);
    }

    /** Rewrites, in every named graph of the dataset, each literal object TDB2 would give back spelt otherwise. */
    static void rewrite(DatasetGraph dataset) {
        dataset.listGraphNodes().forEachRemaining(name -> rewrite(dataset.getGraph(name)));
    }

    static void rewrite(Graph graph) {
        List<Triple> respelt = new ArrayList<>();
        graph.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral() && !asStored(t.getObject()).equals(t.getObject())) {
                respelt.add(t);
            }
        });
        for (Triple t : respelt) {
            graph.delete(t);
            graph.add(Triple.create(t.getSubject(), t.getPredicate(), asStored(t.getObject())));
        }
    }
}
