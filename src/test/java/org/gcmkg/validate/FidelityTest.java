package org.gcmkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.TestBuild;
import org.gcmkg.graph.Publication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measures the built Mexican graph against the golden relation tables read by hand, and prints it. */
class FidelityTest {
    static List<Fidelity.Score> scores;

    @BeforeAll
    static void build() throws Exception {
        Path out = TestBuild.published();
        Model graph = RDFDataMgr.loadModel(out.resolve(Publication.TURTLE).toString());
        scores = new Fidelity(graph)
                .scores(GoldenTables.read(Path.of("src/test/resources/golden"), "informe-pmm-mexico-2018"));
        scores.forEach(s -> System.out.println("fidelity " + s));
    }

    @Test
    void printsEveryMeasure() {
        assertEquals(6, scores.size());
    }

    @Test
    void theMexicanReportMeetsTheFidelityTargets() {
        FidelityTargets.assertMet(scores);
    }
}
