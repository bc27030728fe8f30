package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.gcmkg.TestBuild;
import org.junit.jupiter.api.Test;

/**
 * {@link NTriplesForm} and {@link BlockText} write what Jena's own {@link NodeFmtLib#strNT} and
 * {@link StreamRDFWriter} write, byte for byte: on every node and quad of the report's build, and on literals
 * and IRIs that need escaping.
 */
class FastRdfTextTest {
    /** Nodes whose forms escape something: quotes, backslashes, line ends, tabs, controls, non-ASCII. */
    static List<Node> awkward() {
        return List.of(
                NodeFactory.createLiteralString("dice \"hola\" \\ y\nadiós\r\tfin\u0001"),
                NodeFactory.createLiteralLang("Niñas, niños y adolescentes", "es"),
                NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralDT("-3", XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("2018-09-07", XSDDatatype.XSDdate),
                NodeFactory.createLiteralString(""),
                NodeFactory.createURI("https://w3id.org/gcmkg/id/org/secretaría-de-salud"),
                NodeFactory.createURI("http://example.org/a b"),
                NodeFactory.createBlankNode("b0-x.y"),
                NodeFactory.createBlankNode());
    }

    static List<Quad> quads() {
        DatasetGraph dataset = TestBuild.result().dataset();
        List<Quad> quads = new ArrayList<>();
        dataset.find().forEachRemaining(quads::add);
        Node g = NodeFactory.createURI("https://w3id.org/gcmkg/graph/test");
        Node s = NodeFactory.createURI("https://w3id.org/gcmkg/id/test");
        Node p = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        for (Node o : awkward()) {
            quads.add(Quad.create(g, s, p, o));
        }
        return quads;
    }

    @Test
    void everyNodeOfTheBuildHasJenasNTriplesForm() {
        Set<Node> nodes = new LinkedHashSet<>(awkward());
        for (Quad q : quads()) {
            nodes.add(q.getGraph());
            nodes.add(q.getSubject());
            nodes.add(q.getPredicate());
            nodes.add(q.getObject());
        }
        for (Node node : nodes) {
            assertEquals(NodeFmtLib.strNT(node), NTriplesForm.of(node));
        }
    }

    @Test
    void turtleAndTrigAreJenasBlocksWritersBytes() {
        List<Quad> quads = quads();
        for (boolean asQuads : new boolean[] {false, true}) {
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            write(
                    StreamRDFWriter.getWriterStream(jena, asQuads ? RDFFormat.TRIG_BLOCKS : RDFFormat.TURTLE_BLOCKS),
                    quads,
                    asQuads);
            write(BlockText.writer(ours), quads, asQuads);
            assertArrayEquals(jena.toByteArray(), ours.toByteArray(), asQuads ? "TriG" : "Turtle");
        }
    }

    private static void write(StreamRDF out, List<Quad> quads, boolean asQuads) {
        out.start();
        Prefixes.all().forEach(out::prefix);
        for (Quad q : quads) {
            if (asQuads) {
                out.quad(q);
            } else {
                out.triple(Triple.create(q.getSubject(), q.getPredicate(), q.getObject()));
            }
        }
        out.finish();
    }
}
