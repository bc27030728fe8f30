package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gcmkg.graph.Iris;
import org.gcmkg.graph.Publication;
import org.gcmkg.query.LibraryQuery;
import org.gcmkg.store.StoredDataset;

/**
 * The values of the landing page ({@code landing.mustache}) and what the dataset's own page adds to a resource
 * page: the counts, the triples per graph with what each total covers, the downloads under their latest and
 * versioned names, and the citation.
 */
final class LandingPage {
    private static final Map<String, DatasetFacts> FACTS = new ConcurrentHashMap<>();
    private final Iris iris;
    private final LocalPaths paths;

    LandingPage(Iris iris) {
        this.iris = iris;
        this.paths = new LocalPaths(iris.base());
    }

    /** The facts of a served dataset, counted once per version. */
    DatasetFacts facts(StoredDataset stored) {
        return FACTS.computeIfAbsent(stored.version(), v -> DatasetFacts.of(stored, iris));
    }

    /** The landing page's values, to be put into the frame's. */
    Map<String, Object> scope(PageContext page, StoredDataset stored, List<LibraryQuery> queries, String endpoint) {
        DatasetFacts facts = facts(stored);
        Map<String, Object> scope = new HashMap<>();
        List<Map<String, Object>> counts = new ArrayList<>();
        facts.counts()
                .forEach((key, n) -> counts.add(Map.of("what", page.messages().get(key), "n", n)));
        scope.put("counts", counts);
        scope.put(
                "queries",
                queries.stream()
                        .map(q -> Map.of("name", q.name(), "title", q.title(page.lang())))
                        .toList());
        scope.put("endpoint", endpoint);
        scope.put(
                "downloads",
                Publication.FILES.stream()
                        .map(f -> Map.of("latest", f, "versioned", Publication.versioned(f, stored.release())))
                        .toList());
        scope.putAll(datasetExtras(stored));
        return scope;
    }

    /** What the dataset's page shows beside its statements: the triples per graph and the citation. */
    Map<String, Object> datasetExtras(StoredDataset stored) {
        DatasetFacts facts = facts(stored);
        List<Map<String, Object>> graphs = new ArrayList<>();
        facts.graphs().forEach((iri, n) -> {
            String href = paths.href(iri);
            graphs.add(
                    Map.of("iri", iri, "href", href, "text", href.startsWith("/") ? href.substring(1) : href, "n", n));
        });
        Map<String, Object> triples = Map.of("graphs", graphs, "served", facts.served(), "dumped", facts.dumped());
        return Map.of("facts", triples, "cite", facts.citation().scope());
    }

    /** The extras of a resource page: the dataset's for the dataset, none for others. */
    Map<String, Object> extrasFor(String iri, StoredDataset stored) {
        return iri.equals(iris.dataset()) ? datasetExtras(stored) : null;
    }
}
