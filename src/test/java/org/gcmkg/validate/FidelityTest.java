package org.gcmkg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.graph.Publication;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measures the built Mexican graph against the golden relation tables read by hand, and prints it. */
class FidelityTest {
    @TempDir
    static Path tmp;
    static List<Fidelity.Score> scores;

    @BeforeAll
    static void build() throws Exception {
        Path out = tmp.resolve("graph");
        new BuildPipeline(BuildConfig.defaults(Path.of("")).withOutDir(out)).run();
        Model graph = RDFDataMgr.loadModel(out.resolve(Publication.TURTLE).toString());
        scores = new Fidelity(graph).scores(GoldenTables.read(Path.of("src/test/resources/golden"), "informe-pmm-mexico-2018"));
        scores.forEach(s -> System.out.println("fidelity " + s));
    }

    @Test
    void printsEveryMeasure() {
        assertTrue(scores.size() == 6);
    }
}
