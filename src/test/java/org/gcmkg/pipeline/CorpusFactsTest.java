package org.gcmkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Iris;
import org.gcmkg.validate.ShapesValidator;
import org.gcmkg.validate.Violation;
import org.gcmkg.vocab.GCM;
import org.gcmkg.vocab.PROV;
import org.junit.jupiter.api.Test;

class CorpusFactsTest {
    private static final String SHACL = "http://www.w3.org/ns/shacl#";
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final ShapesValidator SHAPES = ShapesValidator.load(Path.of("ontology", "shapes.ttl"));
    private static final Node PROGRAM = NodeFactory.createURI(IRIS.program("test-program"));

    /** A report graph naming the program, with the given kind, and a span of its own. */
    private static Graph report(String slug, String kind) {
        Graph g = GraphFactory.createDefaultGraph();
        Node span = NodeFactory.createURI(IRIS.span(IRIS.report(slug), "h1"));
        g.add(Triple.create(PROGRAM, RDF.type.asNode(), GCM.Program.asNode()));
        g.add(Triple.create(PROGRAM, RDFS.label.asNode(), NodeFactory.createLiteralLang("Programa", "es")));
        g.add(Triple.create(PROGRAM, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Programa", "es")));
        g.add(Triple.create(
                PROGRAM, GCM.inGazetteer.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        g.add(Triple.create(PROGRAM, GCM.programKind.asNode(), NodeFactory.createURI(IRIS.programKind(kind))));
        g.add(Triple.create(PROGRAM, PROV.wasDerivedFrom.asNode(), span));
        g.add(Triple.create(span, RDF.type.asNode(), GCM.SourceSpan.asNode()));
        return g;
    }

    private static Graph kinds() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String kind : List.of("program", "campaign")) {
            g.add(Triple.create(
                    NodeFactory.createURI(IRIS.programKind(kind)), RDF.type.asNode(), GCM.ProgramKind.asNode()));
        }
        return g;
    }

    @Test
    void keepsTheSharedResourcesAndLeavesTheReportsOwn() {
        CorpusFacts facts = new CorpusFacts(Set.of());
        facts.addReport(report("mex-2018-09-07", "program"), IRIS.report("mex-2018-09-07"));
        Graph kept = facts.graph();
        assertEquals(5, kept.size(), "type, label, preferred label, gazetteer flag and kind of the program");
        assertTrue(kept.find(Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY)
                .toList()
                .isEmpty());
    }

    @Test
    void reportsThatAgreeOnASharedResourcePass() {
        CorpusFacts facts = new CorpusFacts(Set.of());
        facts.addShared(kinds());
        facts.addReport(report("mex-2018-09-07", "program"), IRIS.report("mex-2018-09-07"));
        facts.addReport(report("mex-2019-09-07", "program"), IRIS.report("mex-2019-09-07"));
        assertEquals(List.of(), facts.errors(SHAPES, GraphFactory.createDefaultGraph()));
    }

    @Test
    void twoReportsGivingAProgramTwoKindsFail() {
        CorpusFacts facts = new CorpusFacts(Set.of());
        facts.addShared(kinds());
        facts.addReport(report("mex-2018-09-07", "program"), IRIS.report("mex-2018-09-07"));
        facts.addReport(report("mex-2019-09-07", "campaign"), IRIS.report("mex-2019-09-07"));
        List<Violation> errors = facts.errors(SHAPES, GraphFactory.createDefaultGraph());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).path().contains("programKind"), errors.toString());
    }

    /**
     * Every constraint another report can break (a maximum count or unique languages) on a class the reports give
     * to shared resources names a property the facts keep, so that the check at the end sees all its values.
     */
    @Test
    void keepsEveryPropertyWhoseCountAnotherReportCanBreak() {
        BuildResult built = TestBuild.result();
        Set<Node> sharedClasses = new HashSet<>();
        for (BuildReport.Entry entry : built.entries()) {
            String report = entry.reportIri();
            built.dataset()
                    .getGraph(NodeFactory.createURI(entry.graphIri()))
                    .find(Node.ANY, RDF.type.asNode(), Node.ANY)
                    .forEachRemaining(t -> {
                        String s = t.getSubject().getURI();
                        if (!s.equals(report) && !s.startsWith(report + "/")) {
                            sharedClasses.add(t.getObject());
                        }
                    });
        }
        assertTrue(sharedClasses.contains(GCM.Program.asNode()), sharedClasses.toString());
        Graph shapes = RDFDataMgr.loadGraph(Path.of("ontology", "shapes.ttl").toString());
        Node targetClass = NodeFactory.createURI(SHACL + "targetClass");
        Node property = NodeFactory.createURI(SHACL + "property");
        Node path = NodeFactory.createURI(SHACL + "path");
        List<String> missed = new ArrayList<>();
        shapes.find(Node.ANY, targetClass, Node.ANY).forEachRemaining(target -> {
            if (!sharedClasses.contains(target.getObject())) {
                return;
            }
            shapes.find(target.getSubject(), property, Node.ANY).forEachRemaining(p -> {
                Node shape = p.getObject();
                boolean breakable = shapes.contains(shape, NodeFactory.createURI(SHACL + "maxCount"), Node.ANY)
                        || shapes.contains(shape, NodeFactory.createURI(SHACL + "uniqueLang"), Node.ANY);
                Node onPath = shapes.find(shape, path, Node.ANY).next().getObject();
                if (breakable && (!onPath.isURI() || !CorpusFacts.keeps(onPath))) {
                    missed.add(target.getObject() + " " + onPath);
                }
            });
        });
        assertEquals(List.of(), missed);
    }
}
