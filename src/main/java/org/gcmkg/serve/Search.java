package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Full-text search of the graph (jena-text, Spanish analysis), as the landing page's search box uses it. */
public final class Search {
    /**
     * One hit.
     *
     * @param iri   the resource
     * @param label its best label, or an excerpt of its text
     * @param type  its gcm type, when it has one
     * @param score Lucene's score
     */
    public record Hit(String iri, String label, String type, double score) {}

    /** The query the search box runs; {@code ?q} is the user's words. */
    public static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            SELECT ?s ?score (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
              (?s ?score) text:query (?q 200) .
              OPTIONAL { ?s rdfs:label ?l0 FILTER(lang(?l0) = "es" || lang(?l0) = "") }
              OPTIONAL { ?s schema:text ?x }
              BIND(COALESCE(?l0, SUBSTR(STR(?x), 1, 200), STR(?s)) AS ?l)
              OPTIONAL { ?s a ?t FILTER(STRSTARTS(STR(?t), "https://w3id.org/gcmkg/ontology#")) }
            } GROUP BY ?s ?score ORDER BY DESC(?score) ?s LIMIT 50""";

    private Search() {}

    /** The most words a search takes (Lucene refuses more than 1,024 clauses). */
    public static final int MAX_WORDS = 100;

    /**
     * Searches; Lucene query syntax is escaped and its operators (AND, OR, NOT, upper case only) lowered, so the
     * words are taken as words; more than {@value #MAX_WORDS} words are refused.
     */
    public static List<Hit> run(DatasetGraph dataset, String words) {
        if (words.strip().split("\\s+").length > MAX_WORDS) {
            throw new IllegalArgumentException("a search takes at most " + MAX_WORDS + " words");
        }
        String escaped = words.toLowerCase(Locale.ROOT)
                .replaceAll("([+\\-!(){}\\[\\]^\"~*?:\\\\/]|&&|\\|\\|)", "\\\\$1").strip();
        List<Hit> hits = new ArrayList<>();
        if (escaped.isEmpty()) {
            return hits;
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(QUERY);
        query.setLiteral("q", escaped);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query.asQuery()).build()) {
                ResultSet rows = qe.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    hits.add(new Hit(row.getResource("s").getURI(), row.getLiteral("label").getLexicalForm(),
                            row.contains("type") ? row.getResource("type").getLocalName() : "",
                            row.getLiteral("score").getDouble()));
                }
            }
        });
        return hits;
    }
}
