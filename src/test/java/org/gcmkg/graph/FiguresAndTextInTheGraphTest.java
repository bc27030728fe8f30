package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.gcmkg.pipeline.BuildConfig;
import org.gcmkg.pipeline.BuildPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the Mexican report in memory (SHACL-validated) and reads its texts. */
class FiguresAndTextInTheGraphTest {
    private static final String PREFIXES = """
            PREFIX gcm: <https://w3id.org/gcmkg/ontology#>
            PREFIX schema: <http://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    static Model graph;

    @BeforeAll
    static void build() throws Exception {
        graph = ModelFactory.createModelForGraph(new BuildPipeline(BuildConfig.defaults(Path.of(""))).buildInMemory().union());
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void textsArePlainWhileTheirSourceSpansKeepTheMarkdown() {
        for (String mark : List.of("*", "\\$", "\\(")) {
            String literal = mark.replace("\\", "\\\\");
            assertEquals(List.of(), select("SELECT ?x WHERE { ?x schema:text ?t FILTER(CONTAINS(?t, \"" + literal + "\")) }")
                    .stream().map(r -> r.getResource("x").getURI()).toList(), "schema:text holding " + mark);
            List<QuerySolution> kept = select("SELECT ?x WHERE { ?x schema:text ?t ; prov:wasDerivedFrom/oa:hasSelector/oa:exact ?e "
                    + "FILTER(CONTAINS(?e, \"" + literal + "\")) }");
            assertFalse(kept.isEmpty(), "no source span of a text holds " + mark);
        }
    }
}
