package org.gcmkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** Literals are written in the form TDB2 gives them back, so the dumps and the endpoint spell them alike. */
class StoredLiteralsTest {
    static final Node G = NodeFactory.createURI("urn:x-test:g");

    static Node literal(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    static Graph sample() {
        Graph graph = GraphFactory.createDefaultGraph();
        List<Node> objects = List.of(
                literal("22", XSDDatatype.XSDdecimal),
                literal("22.50", XSDDatatype.XSDdecimal),
                literal("007", XSDDatatype.XSDinteger),
                literal("+5", XSDDatatype.XSDinteger),
                literal("1", XSDDatatype.XSDboolean),
                literal("22", XSDDatatype.XSDinteger),
                literal("0022", XSDDatatype.XSDnonNegativeInteger),
                literal("2018-09-07", XSDDatatype.XSDdate),
                literal("1.0e2", XSDDatatype.XSDdouble),
                literal("not a number", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralLang("22", "es"),
                NodeFactory.createLiteralString("22.0"));
        for (int i = 0; i < objects.size(); i++) {
            graph.add(NodeFactory.createURI("urn:x-test:s" + i), NodeFactory.createURI("urn:x-test:p"), objects.get(i));
        }
        return graph;
    }

    @Test
    void literalsTheStoreWouldRespellAreWrittenAsItGivesThemBack() {
        Graph graph = sample();
        StoredLiterals.rewrite(graph);
        Node s0 = NodeFactory.createURI("urn:x-test:s0");
        assertTrue(graph.contains(s0, Node.ANY, literal("22.0", XSDDatatype.XSDdecimal)));
        assertTrue(
                graph.contains(NodeFactory.createURI("urn:x-test:s2"), Node.ANY, literal("7", XSDDatatype.XSDinteger)));
        assertTrue(graph.contains(
                NodeFactory.createURI("urn:x-test:s4"), Node.ANY, literal("true", XSDDatatype.XSDboolean)));
        assertTrue(graph.contains(
                NodeFactory.createURI("urn:x-test:s5"), Node.ANY, literal("22", XSDDatatype.XSDinteger)));
        assertTrue(graph.contains(
                NodeFactory.createURI("urn:x-test:s9"), Node.ANY, literal("not a number", XSDDatatype.XSDinteger)));
        assertTrue(graph.contains(
                NodeFactory.createURI("urn:x-test:s10"), Node.ANY, NodeFactory.createLiteralLang("22", "es")));
        assertEquals(sample().size(), graph.size());
        // what TDB2 gives back is what was written
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(
                tdb,
                () -> graph.find().forEachRemaining(t -> tdb.add(G, t.getSubject(), t.getPredicate(), t.getObject())));
        List<String> differences = new ArrayList<>();
        Txn.executeRead(tdb, () -> {
            tdb.getGraph(G).find().forEachRemaining(t -> {
                if (!graph.contains(t)) {
                    differences.add(t.toString());
                }
            });
        });
        assertEquals(List.of(), differences);
        // and without the rewriting, it is not
        Graph unwritten = sample();
        DatasetGraph plain = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(
                plain,
                () -> unwritten
                        .find()
                        .forEachRemaining(t -> plain.add(G, t.getSubject(), t.getPredicate(), t.getObject())));
        assertEquals(
                literal("22.0", XSDDatatype.XSDdecimal),
                Txn.calculateRead(
                        plain,
                        () -> plain.find(G, s0, Node.ANY, Node.ANY).next().getObject()));
    }

    @Test
    void theOntologyIsAlreadyWrittenAsTheStoreGivesItBack() {
        Graph ontology = RDFDataMgr.loadGraph("ontology/gcmkg.ttl");
        List<String> respelt = new ArrayList<>();
        ontology.find().forEachRemaining(t -> {
            if (!StoredLiterals.asStored(t.getObject()).equals(t.getObject())) {
                respelt.add(t.toString());
            }
        });
        assertEquals(List.of(), respelt);
    }
}
