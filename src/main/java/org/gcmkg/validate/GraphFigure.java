package org.gcmkg.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A reported figure of the graph as the golden reading sees it: the line its number stands on, its
 * written form, its program (or empty for its action) and its period.
 */
record GraphFigure(int line, String text, String program, String start, String end, String asOf) {

    static List<GraphFigure> all(Fidelity fidelity) {
        List<GraphFigure> figures = new ArrayList<>();
        for (QuerySolution s : fidelity.select("""
                SELECT ?f ?text ?line ?exact ?program ?start ?end ?asOf WHERE {
                  ?f a gcm:ReportedFigure ; gcm:figureText ?text ;
                     prov:wasDerivedFrom [ gcm:lineNumber ?line ; oa:hasSelector [ oa:exact ?exact ] ] .
                  OPTIONAL { ?f gcm:aboutProgram ?program }
                  OPTIONAL { ?f gcm:periodStart ?start }
                  OPTIONAL { ?f gcm:periodEnd ?end }
                  OPTIONAL { ?f gcm:asOf ?asOf }
                } ORDER BY ?f""")) {
            String text = s.getLiteral("text").getLexicalForm();
            String exact = s.getLiteral("exact").getLexicalForm();
            int line = s.getLiteral("line").getInt();
            String number = text.split(" ", 2)[0];
            int at = exact.indexOf(number);
            if (at > 0) {
                line += (int)
                        exact.substring(0, at).chars().filter(c -> c == '\n').count();
            }
            figures.add(new GraphFigure(
                    line,
                    text,
                    s.contains("program") ? s.getResource("program").getURI() : "",
                    lexical(s.get("start")),
                    lexical(s.get("end")),
                    lexical(s.get("asOf"))));
        }
        return figures;
    }

    private static String lexical(RDFNode node) {
        return node == null ? "" : node.asLiteral().getLexicalForm();
    }
}
