package org.gcmkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.gcmkg.SortedQuads;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Publication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four graph files the real report's build publishes ({@link TestBuild}), each read back: by Jena and by
 * RDF4J into the same graph, and by Jena into exactly the graphs the build made. Reading the files takes most of
 * the time of these tests, so they are a class of their own, which runs beside {@link BuildPipelineTest}.
 */
class PublishedFilesTest {
    static Path out;
    static BuildResult built;

    @BeforeAll
    static void build() {
        out = TestBuild.published();
        built = TestBuild.result();
    }

    /** Each published file as Jena reads it, read once for the tests that compare it. */
    private static final Map<String, DatasetGraph> READ_BY_JENA = new ConcurrentHashMap<>();

    static DatasetGraph readByJena(String file) {
        return READ_BY_JENA.computeIfAbsent(
                file, f -> RDFDataMgr.loadDatasetGraph(out.resolve(f).toString()));
    }

    @Test
    void everyPublishedFileParsesWithJenaAndRdf4jIntoTheSameGraph() throws Exception {
        Map<String, RDFFormat> files = Map.of(
                Publication.TURTLE,
                RDFFormat.TURTLE,
                Publication.NTRIPLES,
                RDFFormat.NTRIPLES,
                Publication.TRIG,
                RDFFormat.TRIG,
                Publication.JSONLD,
                RDFFormat.JSONLD);
        for (Map.Entry<String, RDFFormat> file : files.entrySet()) {
            Path path = out.resolve(file.getKey());
            DatasetGraph jena = readByJena(file.getKey());
            Model rdf4j;
            try (InputStream in = Files.newInputStream(path)) {
                rdf4j = Rio.parse(in, "", file.getValue());
            }
            Model fromJena = new LinkedHashModel();
            var vf = SimpleValueFactory.getInstance();
            jena.find()
                    .forEachRemaining(q -> fromJena.add(
                            Rdf4jBridge.resource(vf, q.getSubject()),
                            vf.createIRI(q.getPredicate().getURI()),
                            Rdf4jBridge.value(vf, q.getObject()),
                            q.isDefaultGraph()
                                    ? new Resource[0]
                                    : new Resource[] {vf.createIRI(q.getGraph().getURI())}));
            assertTrue(rdf4j.size() > 10_000, file.getKey() + " holds " + rdf4j.size());
            assertEquals(fromJena.size(), rdf4j.size(), file.getKey());
            // Statements without blank nodes compare as sorted lines; the few with blank nodes by isomorphism.
            assertEquals(
                    sortedGround(fromJena),
                    sortedGround(rdf4j),
                    file.getKey() + ": Jena and RDF4J read different graphs");
            assertTrue(
                    Models.isomorphic(blankPart(fromJena), blankPart(rdf4j)),
                    file.getKey() + ": Jena and RDF4J read different blank nodes");
        }
    }

    private static List<String> sortedGround(Model model) {
        return model.stream()
                .filter(st -> !st.getSubject().isBNode() && !st.getObject().isBNode())
                .map(st -> st.getSubject() + " " + st.getPredicate() + " " + st.getObject() + " " + st.getContext())
                .sorted()
                .toList();
    }

    private static Model blankPart(Model model) {
        return new LinkedHashModel(model.stream()
                .filter(st -> st.getSubject().isBNode() || st.getObject().isBNode())
                .toList());
    }

    @Test
    void everyPublishedFileHoldsExactlyTheBuiltGraphs() {
        List<String> builtQuads = SortedQuads.ground(built.dataset());
        for (String file : List.of(Publication.TRIG, Publication.JSONLD)) {
            DatasetGraph read = readByJena(file);
            assertEquals(built.dataset().stream().count(), read.stream().count(), file);
            assertEquals(builtQuads, SortedQuads.ground(read), file + " holds other quads than the build made");
            assertTrue(
                    SortedQuads.blankPartsIsomorphic(built.dataset(), read),
                    file + " holds other blank nodes than the build made");
        }
        List<String> builtTriples = SortedQuads.ground(built.union());
        for (String file : List.of(Publication.TURTLE, Publication.NTRIPLES)) {
            Graph read = readByJena(file).getDefaultGraph();
            assertEquals(built.union().size(), read.size(), file);
            assertEquals(builtTriples, SortedQuads.ground(read), file + " holds other triples than the build made");
            assertTrue(
                    SortedQuads.blankPartsIsomorphic(built.union(), read),
                    file + " holds other blank nodes than the build made");
        }
    }
}
