package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.gcmkg.graph.Iris;
import org.gcmkg.store.TextIndexing;

/**
 * What the search page shows of each hit, in the page's language: a title (its label in that language that best
 * matches the search, else its label in the other, or the first words of its text when it has no label, never
 * its IRI), its types by the ontology's names, the link to its page and a highlighted snippet of its
 * best-matching text.
 */
final class SearchHits {
    /** Words of a text that make the title of a resource without a label. */
    static final int TITLE_WORDS = 14;

    private static final List<String> LABELS = List.of(
            "http://www.w3.org/2000/01/rdf-schema#label",
            "http://www.w3.org/2004/02/skos/core#prefLabel",
            "http://purl.org/dc/terms/title");

    private final DatasetGraph dataset;
    private final Iris iris;
    private final Snippets snippets;
    private final Messages messages;
    private final Labels labels;

    SearchHits(DatasetGraph dataset, Iris iris, List<String> parts, Messages messages) {
        this.dataset = dataset;
        this.iris = iris;
        this.snippets = new Snippets(parts);
        this.messages = messages;
        this.labels = new Labels(dataset, messages);
    }

    /** A gcm type by the ontology's label in the page's language; else "PublicAgency" as "public agency". */
    String typeLabel(String localName) {
        return Txn.calculateRead(dataset, () -> labels.named(NodeFactory.createURI(Search.GCM + localName)))
                .orElseGet(
                        () -> localName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT));
    }

    List<Map<String, Object>> describe(List<Search.Hit> hits) {
        Map<String, Map<String, List<String>>> texts = texts(hits);
        List<Map<String, Object>> out = new ArrayList<>();
        String other = messages.lang().equals("en") ? "es" : "en";
        for (Search.Hit hit : hits) {
            Map<String, List<String>> own = texts.getOrDefault(hit.iri(), Map.of());
            String label = null;
            for (String lang : List.of(messages.lang(), other, "")) {
                Map<String, List<String>> named = new LinkedHashMap<>();
                for (String p : LABELS) {
                    if (own.containsKey(p + "@" + lang)) {
                        named.put(p, own.get(p + "@" + lang));
                    }
                }
                label = label != null ? label : snippets.best(named);
            }
            Map<String, List<String>> all = new LinkedHashMap<>();
            own.forEach((p, v) -> all.computeIfAbsent(p.substring(0, p.lastIndexOf('@')), k -> new ArrayList<>())
                    .addAll(v));
            String text = snippets.best(all);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("href", localPath(hit.iri()));
            m.put("title", label != null ? label : firstWords(text, hit));
            m.put("types", hit.types().stream().map(this::typeLabel).collect(Collectors.joining(", ")));
            m.put(
                    "snippet",
                    text == null
                            ? List.of()
                            : snippets.snippet(text).stream()
                                    .map(s -> {
                                        Map<String, Object> seg = new LinkedHashMap<>();
                                        seg.put("text", s.text());
                                        seg.put("hit", s.hit());
                                        return seg;
                                    })
                                    .toList());
            out.add(m);
        }
        return out;
    }

    private String firstWords(String text, Search.Hit hit) {
        if (text == null) {
            return hit.types().isEmpty()
                    ? messages.get("search_no_label")
                    : messages.format(
                            "search_no_label_type", typeLabel(hit.types().get(0)));
        }
        String[] words = text.strip().split("\\s+");
        return words.length <= TITLE_WORDS
                ? text.strip()
                : String.join(" ", List.of(words).subList(0, TITLE_WORDS)) + " …";
    }

    private String localPath(String iri) {
        return iri.startsWith(iris.base()) ? "/" + iri.substring(iris.base().length()) : iri;
    }

    /**
     * The indexed texts of the hits, by resource and property with the text's language ({@code p@es}, {@code p@}
     * without one), in the order of {@link TextIndexing#INDEXED}.
     */
    private Map<String, Map<String, List<String>>> texts(List<Search.Hit> hits) {
        Map<String, Map<String, List<String>>> texts = new LinkedHashMap<>();
        if (hits.isEmpty()) {
            return texts;
        }
        String values = hits.stream().map(h -> "<" + h.iri() + ">").collect(Collectors.joining(" "));
        String props =
                TextIndexing.INDEXED.stream().map(n -> "<" + n.getURI() + ">").collect(Collectors.joining(" "));
        String query = "SELECT ?s ?p ?v WHERE { VALUES ?s { " + values + " } VALUES ?p { " + props + " } ?s ?p ?v "
                + "FILTER(isLiteral(?v)) } ORDER BY ?s ?p ?v";
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(query)
                    .build()) {
                ResultSet rows = qe.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    texts.computeIfAbsent(row.getResource("s").getURI(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(
                                    row.getResource("p").getURI() + "@"
                                            + row.getLiteral("v").getLanguage(),
                                    k -> new ArrayList<>())
                            .add(row.getLiteral("v").getLexicalForm());
                }
            }
        });
        return texts;
    }
}
