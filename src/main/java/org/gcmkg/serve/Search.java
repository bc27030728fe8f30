package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Full-text search of the graph (jena-text, Spanish analysis), as the search page uses it: every word must
 * occur (AND), words in double quotes must occur as a phrase, and the answer has one hit per resource, ranked
 * by its best-matching text, with its gcm types, so that the caller can filter by type, count all hits and
 * page through them.
 */
public final class Search {
    /**
     * One resource found.
     *
     * @param iri   the resource
     * @param score Lucene's score of its best-matching text
     * @param types the local names of its gcm types, sorted
     */
    public record Hit(String iri, double score, List<String> types) {}

    /** The most words a search takes (Lucene refuses more than 1,024 clauses). */
    public static final int MAX_WORDS = 100;
    /** The most matching texts read from the index; well above the texts the graph holds. */
    static final int MAX_TEXTS = 100_000;

    static final String GCM = "https://w3id.org/gcmkg/ontology#";
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
    private static final Pattern SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

    /** Every text of a resource matched, with the resource's gcm types. */
    static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score ?t WHERE {
              (?s ?score) text:query (?q ?max) .
              OPTIONAL { ?s a ?t FILTER(STRSTARTS(STR(?t), ?gcm)) }
            }""";

    private Search() {}

    /**
     * The Lucene query for what a person typed: each quoted part a phrase, each other word a term, all
     * required; Lucene's own syntax is escaped and its operators lowered, so words are taken as words.
     *
     * @throws IllegalArgumentException with more than {@value #MAX_WORDS} words
     */
    public static String luceneQuery(String typed) {
        List<String> clauses = new ArrayList<>();
        int words = 0;
        Matcher m = PART.matcher(typed);
        while (m.find()) {
            boolean phrase = m.group(1) != null;
            String part = (phrase ? m.group(1) : m.group(2)).strip().toLowerCase(Locale.ROOT);
            if (part.isEmpty()) {
                continue;
            }
            words += part.split("\\s+").length;
            String escaped = SPECIAL.matcher(part).replaceAll("\\\\$1");
            clauses.add(phrase ? "\"" + escaped + "\"" : escaped);
        }
        if (words > MAX_WORDS) {
            throw new IllegalArgumentException("a search takes at most " + MAX_WORDS + " words");
        }
        return String.join(" AND ", clauses);
    }

    /** The words and phrases a person typed, without quotes: what a snippet highlights. */
    public static List<String> parts(String typed) {
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(typed);
        while (m.find()) {
            String part = m.group(1) != null ? m.group(1) : m.group(2);
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /** Every resource the search finds, best first (ties by IRI); empty when nothing is to be searched. */
    public static List<Hit> run(DatasetGraph dataset, String typed) {
        String lucene = luceneQuery(typed);
        if (lucene.isEmpty()) {
            return List.of();
        }
        ParameterizedSparqlString query = new ParameterizedSparqlString(QUERY);
        query.setLiteral("q", lucene);
        query.setLiteral("max", MAX_TEXTS);
        query.setLiteral("gcm", GCM);
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Set<String>> types = new LinkedHashMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(query.asQuery())
                    .build()) {
                ResultSet rows = qe.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    if (!row.get("s").isURIResource()) {
                        continue;
                    }
                    String iri = row.getResource("s").getURI();
                    scores.merge(iri, row.getLiteral("score").getDouble(), Math::max);
                    Set<String> own = types.computeIfAbsent(iri, k -> new TreeSet<>());
                    if (row.contains("t")) {
                        own.add(row.getResource("t").getURI().substring(GCM.length()));
                    }
                }
            }
        });
        return scores.entrySet().stream()
                .map(e -> new Hit(e.getKey(), e.getValue(), List.copyOf(types.get(e.getKey()))))
                .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::iri))
                .toList();
    }

    /** How many hits have each type, by type. */
    public static Map<String, Integer> typeCounts(List<Hit> hits) {
        Map<String, Integer> counts = new TreeMap<>();
        hits.forEach(h -> h.types().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts;
    }
}
