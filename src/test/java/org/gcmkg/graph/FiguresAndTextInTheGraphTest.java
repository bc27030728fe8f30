package org.gcmkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.gcmkg.TestBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the Mexican report in memory (SHACL-validated) and reads its figures' values and its texts. */
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
        graph = ModelFactory.createModelForGraph(TestBuild.result().union());
    }

    static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe =
                QueryExecution.model(graph).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    static Literal valueOf(String figureText) {
        List<QuerySolution> rows = select("SELECT ?v WHERE { ?f a gcm:ReportedFigure ; gcm:figureText \"\"\""
                + figureText.replace("\\", "\\\\") + "\"\"\" ; schema:value ?v }");
        assertFalse(rows.isEmpty(), "no figure written " + figureText);
        return rows.get(0).getLiteral("v");
    }

    @Test
    void wholeValuesAreIntegersInCanonicalFormAndTheWrittenNumberStays() {
        Literal persons = valueOf("44 personas extranjeras");
        assertEquals(XSDDatatype.XSDinteger.getURI(), persons.getDatatypeURI());
        assertEquals("44", persons.getLexicalForm());
        Literal pesos = valueOf("18,782.30 mdp");
        assertEquals(XSDDatatype.XSDinteger.getURI(), pesos.getDatatypeURI());
        assertEquals("18782300000", pesos.getLexicalForm());
        Literal oneAndAHalfThousand = valueOf("\\$1,500.00");
        assertEquals(XSDDatatype.XSDinteger.getURI(), oneAndAHalfThousand.getDatatypeURI());
        assertEquals("1500", oneAndAHalfThousand.getLexicalForm());
    }

    @Test
    void otherValuesAreDecimalsInCanonicalForm() {
        Literal share = valueOf("89.38%");
        assertEquals(XSDDatatype.XSDdecimal.getURI(), share.getDatatypeURI());
        assertEquals("89.38", share.getLexicalForm());
    }

    @Test
    void everyValueIsAnIntegerOrADecimalWithoutTrailingZeros() {
        List<QuerySolution> rows = select("SELECT ?v WHERE { ?f a gcm:ReportedFigure ; schema:value ?v }");
        assertTrue(rows.size() > 150, "figures: " + rows.size());
        for (QuerySolution row : rows) {
            Literal v = row.getLiteral("v");
            boolean integer = v.getDatatypeURI().equals(XSDDatatype.XSDinteger.getURI())
                    && v.getLexicalForm().matches("0|[1-9]\\d*");
            boolean decimal = v.getDatatypeURI().equals(XSDDatatype.XSDdecimal.getURI())
                    && v.getLexicalForm().matches("(?:0|[1-9]\\d*)\\.\\d*[1-9]");
            assertTrue(integer || decimal, "value " + v);
        }
    }

    @Test
    void unitsKeepTheirWholeNounPhrase() {
        assertEquals(
                1,
                select("SELECT ?f WHERE { ?f gcm:figureText \"12 Niñas, Niños y Adolescentes\" ; "
                                + "schema:unitText \"Niñas, Niños y Adolescentes\"@es }")
                        .size());
        assertTrue(select("SELECT ?f WHERE { ?f schema:unitText \"visitas de verificación\"@es }")
                        .size()
                >= 6);
    }

    @Test
    void textsArePlainWhileTheirSourceSpansKeepTheMarkdown() {
        for (String mark : List.of("*", "\\$", "\\(")) {
            String literal = mark.replace("\\", "\\\\");
            assertEquals(
                    List.of(),
                    select("SELECT ?x WHERE { ?x schema:text ?t FILTER(CONTAINS(?t, \"" + literal + "\")) }").stream()
                            .map(r -> r.getResource("x").getURI())
                            .toList(),
                    "schema:text holding " + mark);
            List<QuerySolution> kept =
                    select("SELECT ?x WHERE { ?x schema:text ?t ; prov:wasDerivedFrom/oa:hasSelector/oa:exact ?e "
                            + "FILTER(CONTAINS(?e, \"" + literal + "\")) }");
            assertFalse(kept.isEmpty(), "no source span of a text holds " + mark);
        }
    }
}
