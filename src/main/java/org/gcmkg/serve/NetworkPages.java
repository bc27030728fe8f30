package org.gcmkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gcmkg.network.NetworkNode;
import org.gcmkg.network.NetworkSource;
import org.gcmkg.network.NodeKind;
import org.gcmkg.store.StoredDataset;

/**
 * What the explorer ({@link ExplorerPage}) and the matrix ({@link MatrixPage}) share: the network's parts read
 * once per served version, node labels in the page's language (the other language's when it has none), and the
 * words for the kinds of node.
 */
final class NetworkPages {
    private static final Map<String, NetworkSource> SOURCES = new ConcurrentHashMap<>();

    private NetworkPages() {}

    /** The network's parts of a served dataset, read once per version. */
    static NetworkSource source(StoredDataset stored) {
        if (SOURCES.size() > 4) {
            SOURCES.clear();
        }
        return SOURCES.computeIfAbsent(stored.version(), v -> NetworkSource.read(stored.dataset()));
    }

    /** A node's label in {@code lang}, or in the other language when it has none there. */
    static String label(NetworkNode node, String lang) {
        String preferred = lang.equals("en") ? node.labelEn() : node.labelEs();
        String other = lang.equals("en") ? node.labelEs() : node.labelEn();
        return !preferred.isBlank() ? preferred : !other.isBlank() ? other : node.acronym();
    }

    /** The message key of a kind's name, e.g. {@code kind_domestic_partner}. */
    static String kindKey(NodeKind kind) {
        return "kind_" + kind.key().replace('-', '_');
    }

    /** The objectives of the graph, all of them whether or not a program addresses them, in numeric order. */
    static List<Map<String, Object>> objectives(NetworkSource source, String lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int n : source.objectiveNumbers()) {
            String iri = source.objectiveIri(n);
            NetworkNode node = source.nodes().get(iri);
            if (node != null) {
                out.add(Map.of("number", n, "iri", iri, "label", label(node, lang)));
            }
        }
        return out;
    }
}
