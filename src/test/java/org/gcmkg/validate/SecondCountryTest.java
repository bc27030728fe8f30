package org.gcmkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.gcmkg.graph.Publication;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the made-up Honduran report alone and measures it against its own golden tables: nothing of the
 * Mexican gazetteer may leak into another state's report.
 */
class SecondCountryTest {
    private static final Path REPORT = Path.of("src/test/resources/reports/informe-ficticio-honduras-2019.md");

    @TempDir
    static Path tmp;

    static Model graph;
    static List<Fidelity.Score> scores;

    @BeforeAll
    static void build() throws Exception {
        Path out = tmp.resolve("graph");
        new BuildPipeline(BuildConfig.defaults(Path.of(""))
                        .withReports(List.of(REPORT))
                        .withOutDir(out))
                .run();
        graph = RDFDataMgr.loadModel(out.resolve(Publication.TURTLE).toString());
        scores = new Fidelity(graph)
                .scores(GoldenTables.read(Path.of("src/test/resources/golden"), "informe-ficticio-honduras-2019"));
        scores.forEach(s -> System.out.println("fidelity honduras " + s));
    }

    private static List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.model(graph).query("""
                PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                """ + query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void noMexicanAgencyOrProgramIsInItsGraph() {
        List<QuerySolution> leaked = select("""
                SELECT ?x WHERE { { ?x a gcm:PublicAgency } UNION { ?x a gcm:Program } UNION { ?x a gcm:ReportingGovernment }
                  ?x gcm:inGazetteer true ; gcm:country?/rdfs:label ?c .
                  FILTER EXISTS { ?x gcm:country <https://w3id.org/gcmkg/id/place/mexico> } }""");
        assertEquals(
                List.of(), leaked.stream().map(s -> s.getResource("x").getURI()).toList());
    }

    @Test
    void itsInstitutoNacionalDeMigracionIsHonduranNotMexican() {
        List<QuerySolution> inm = select("""
                SELECT ?x WHERE { ?x gcm:acronym "INM" ; gcm:country ?c }""");
        assertEquals(1, inm.size());
        assertEquals(
                "https://w3id.org/gcmkg/id/place/honduras",
                select("""
                SELECT ?c WHERE { ?x gcm:acronym "INM" ; gcm:country ?c }""").get(0).getResource("c").getURI());
    }

    @Test
    void everyMeasureIsPrinted() {
        assertTrue(scores.stream().anyMatch(s -> s.name().equals("program → agency")));
    }

    @Test
    void itMeetsTheFidelityTargets() {
        FidelityTargets.assertMet(scores);
    }
}
