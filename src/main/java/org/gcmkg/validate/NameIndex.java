package org.gcmkg.validate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;

/**
 * Resolves a name of a golden reading (a gazetteer key, or a name as the report writes it) to a resource of
 * the graph: by its key, by one of its names (case, accents, quotes and punctuation aside), or else by the
 * longest name of at least two words that one of the two contains.
 */
final class NameIndex {
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byName = new TreeMap<>();

    private NameIndex() {}

    static NameIndex of(List<QuerySolution> rows, String keyMarker) {
        NameIndex index = new NameIndex();
        for (QuerySolution row : rows) {
            String iri = row.getResource("x").getURI();
            int at = iri.lastIndexOf(keyMarker);
            if (at >= 0) {
                index.byKey.put(iri.substring(at + keyMarker.length()), iri);
            }
            index.byName.putIfAbsent(Fidelity.key(row.getLiteral("name").getLexicalForm()), iri);
        }
        return index;
    }

    int size() {
        return byKey.size();
    }

    Optional<String> resolve(String name) {
        if (byKey.containsKey(name)) {
            return Optional.of(byKey.get(name));
        }
        String key = Fidelity.key(name);
        if (byName.containsKey(key)) {
            return Optional.of(byName.get(key));
        }
        return byName.entrySet().stream()
                .filter(e -> e.getKey().split(" ").length >= 2)
                .filter(e -> (" " + key + " ").contains(" " + e.getKey() + " ")
                        || (" " + e.getKey() + " ").contains(" " + key + " "))
                .max(Comparator.comparingInt(
                                (Map.Entry<String, String> e) -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getValue);
    }
}
